/** Minimal SELECT builder for the TM tables. Conditions are raw SQL fragments. */
export class QueryBuilder {
  private conditions: string[] = [];
  private order?: string;
  private max = 100;

  constructor(private readonly table: string, private readonly columns: string[] = ["*"]) {}

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  orderBy(column: string, dir: "ASC" | "DESC" = "ASC"): this {
    this.order = `${column} ${dir}`;
    return this;
  }

  limit(n: number): this {
    this.max = Math.min(Math.max(Math.trunc(n), 1), 1000);
    return this;
  }

  build(): string {
    let sql = `SELECT ${this.columns.join(", ")} FROM ${this.table}`;
    if (this.conditions.length) sql += ` WHERE ${this.conditions.join(" AND ")}`;
    if (this.order) sql += ` ORDER BY ${this.order}`;
    return `${sql} LIMIT ${this.max}`;
  }
}
