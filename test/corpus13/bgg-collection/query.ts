/** Tiny SQL string builder used before the move to knex's query builder. */
export class QueryBuilder {
  private columns: string[] = ["*"];
  private clauses: string[] = [];
  private max = 100;

  constructor(private readonly table: string) {}

  select(...cols: string[]): this {
    this.columns = cols;
    return this;
  }

  where(clause: string): this {
    this.clauses.push(`(${clause})`);
    return this;
  }

  whereEquals(column: string, value: string): this {
    const escaped = value.replace(/'/g, "''");
    return this.where(`${column} = '${escaped}'`);
  }

  limit(n: number): this {
    this.max = n;
    return this;
  }

  toSQL(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT ${this.columns.join(", ")} FROM ${this.table}${where} LIMIT ${this.max}`;
  }
}
