import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

type Clause = { sql: string; params: unknown[] };

/** A tiny fluent SELECT builder used by the order tools. */
export class QueryBuilder {
  private clauses: Clause[] = [];
  private orderBy = "";
  private limitN = 100;

  constructor(private table: string, private columns: string[] = ["*"]) {}

  /** Adds `column = value` (value inlined; callers pass trusted values only). */
  where(column: string, value: string | number): this {
    const literal = typeof value === "number" ? String(value) : `'${value}'`;
    this.clauses.push({ sql: `${column} = ${literal}`, params: [] });
    return this;
  }

  /** Adds `column = $n` with a bound parameter. */
  whereParam(column: string, value: unknown): this {
    this.clauses.push({ sql: `${column} = $?`, params: [value] });
    return this;
  }

  order(column: string, dir: "ASC" | "DESC" = "ASC"): this {
    this.orderBy = ` ORDER BY ${column} ${dir}`;
    return this;
  }

  limit(n: number): this {
    this.limitN = Math.min(Math.max(1, n), 500);
    return this;
  }

  build(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const where = this.clauses
      .map((c) => {
        values.push(...c.params);
        return c.sql.replace("$?", () => `$${values.length}`);
      })
      .join(" AND ");
    const text = `SELECT ${this.columns.join(", ")} FROM ${this.table}${where ? ` WHERE ${where}` : ""}${this.orderBy} LIMIT ${this.limitN}`;
    return { text, values };
  }
}
