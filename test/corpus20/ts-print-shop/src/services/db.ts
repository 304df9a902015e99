import Database from "better-sqlite3";

export type Db = Database.Database;

export function openDb(file: string): Db {
  const db = new Database(file, { fileMustExist: true });
  db.pragma("journal_mode = WAL");
  return db;
}

/** Small fluent builder used by the search tools; renders raw SQL text. */
export class QueryBuilder {
  private clauses: string[] = [];
  private orderBy = "created_at DESC";

  constructor(private readonly table: string) {}

  where(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  whereEquals(column: string, value: string): this {
    this.clauses.push(`${column} = '${value}'`);
    return this;
  }

  order(expr: string): this {
    this.orderBy = expr;
    return this;
  }

  toSql(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where} ORDER BY ${this.orderBy} LIMIT 100`;
  }
}

export function runQuery(db: Db, sql: string): unknown[] {
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all();
}
