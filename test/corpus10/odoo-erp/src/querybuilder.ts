/** Tiny helper used by reports: builds a SELECT for the sale_order table. */
export class QueryBuilder {
  private clauses: string[] = [];
  private order = "id DESC";
  private max = 100;

  constructor(private readonly table: string) {}

  where(field: string, value: string | number): this {
    const v = typeof value === "number" ? String(value) : `'${value}'`;
    this.clauses.push(`${field} = ${v}`);
    return this;
  }

  whereAll(filters: Record<string, string | number>): this {
    for (const [k, v] of Object.entries(filters)) this.where(k, v);
    return this;
  }

  orderBy(expr: string): this {
    this.order = expr;
    return this;
  }

  limit(n: number): this {
    this.max = Math.min(n, 1000);
    return this;
  }

  toSQL(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT id, name, state, amount_total FROM ${this.table}${where} ORDER BY ${this.order} LIMIT ${this.max}`;
  }
}
