import Database from "better-sqlite3";

export interface PassRow {
  id: number;
  satellite: string;
  station: string;
  aos: string;
  los: string;
  max_elevation: number;
}

/** Small fluent helper used by the reporting tools; produces a plain SQL string. */
export class QueryBuilder {
  private clauses: string[] = [];
  private order = "aos DESC";

  constructor(private readonly table: string) {}

  where(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  whereEquals(column: string, value: string): this {
    this.clauses.push(`${column} = '${value}'`);
    return this;
  }

  orderBy(expr: string): this {
    this.order = expr;
    return this;
  }

  toSql(limit = 50): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where} ORDER BY ${this.order} LIMIT ${limit}`;
  }
}

export class Store {
  constructor(private readonly db: Database.Database) {}

  raw<T>(sql: string): T[] {
    // ruleid: tool-input-to-sql
    return this.db.prepare(sql).all() as T[];
  }

  passesFor(satellite: string, station: string): PassRow[] {
    // ok: tool-input-to-sql
    return this.db.prepare("SELECT * FROM passes WHERE satellite = ? AND station = ? ORDER BY aos DESC LIMIT 20").all(satellite, station) as PassRow[];
  }

  countPasses(): number {
    const row = this.db.prepare("SELECT count(*) AS n FROM passes").get() as { n: number };
    return row.n;
  }
}

export function openStore(file: string): Store {
  const db = new Database(file, { fileMustExist: false });
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE IF NOT EXISTS passes (id INTEGER PRIMARY KEY, satellite TEXT, station TEXT, aos TEXT, los TEXT, max_elevation REAL)");
  return new Store(db);
}
