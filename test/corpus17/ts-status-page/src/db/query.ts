import Database from "better-sqlite3";

export const db = new Database(process.env.STATUS_DB ?? "status.db");

/** Small fluent builder used by the tools; it renders a plain SQL string. */
export class QueryBuilder {
  private clauses: string[] = [];
  private order = "";
  private max = 100;

  constructor(private readonly table: string) {}

  where(condition: string): this {
    this.clauses.push(condition);
    return this;
  }

  whereEq(column: string, value: string): this {
    return this.where(`${column} = '${value}'`);
  }

  orderBy(column: string): this {
    this.order = ` ORDER BY ${column} DESC`;
    return this;
  }

  limit(n: number): this {
    this.max = n;
    return this;
  }

  toSQL(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where}${this.order} LIMIT ${this.max}`;
  }
}

export function runRaw(sql: string) {
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all();
}
