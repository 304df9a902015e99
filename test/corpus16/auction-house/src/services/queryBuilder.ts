/** Tiny SQL builder used by the lot search (predates the ORM migration). */
export class QueryBuilder {
  private clauses: string[] = [];
  private order = "";
  private max = 50;

  constructor(private readonly table: string) {}

  where(column: string, value: string | number): this {
    const v = typeof value === "number" ? String(value) : `'${value}'`;
    this.clauses.push(`${column} = ${v}`);
    return this;
  }

  whereLike(column: string, text: string): this {
    this.clauses.push(`${column} LIKE '%${text}%'`);
    return this;
  }

  orderBy(column: string, dir: "ASC" | "DESC" = "ASC"): this {
    this.order = ` ORDER BY ${column} ${dir}`;
    return this;
  }

  limit(n: number): this {
    this.max = Math.min(Math.max(1, Math.floor(n)), 500);
    return this;
  }

  toString(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where}${this.order} LIMIT ${this.max}`;
  }
}
