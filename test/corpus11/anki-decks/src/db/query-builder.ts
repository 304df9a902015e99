export type SqlValue = string | number | null;

/** Tiny fluent SELECT builder used by the card tools. */
export class QueryBuilder {
  private readonly clauses: string[] = [];
  private readonly params: SqlValue[] = [];
  private order = "";
  private max = 100;

  constructor(private readonly table: string, private readonly columns = "*") {}

  /** Adds a raw condition (trusted SQL only). */
  where(condition: string): this {
    this.clauses.push(condition);
    return this;
  }

  whereEq(column: string, value: SqlValue): this {
    this.clauses.push(`${column} = ?`);
    this.params.push(value);
    return this;
  }

  orderBy(column: string, dir: "ASC" | "DESC" = "ASC"): this {
    this.order = ` ORDER BY ${column} ${dir}`;
    return this;
  }

  limit(n: number): this {
    this.max = Math.min(Math.max(1, Math.floor(n)), 1000);
    return this;
  }

  build(): { sql: string; params: SqlValue[] } {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return { sql: `SELECT ${this.columns} FROM ${this.table}${where}${this.order} LIMIT ${this.max}`, params: [...this.params] };
  }
}
