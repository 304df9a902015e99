type Op = "=" | "<>" | ">=" | "<=" | "LIKE";

/** Tiny SQL builder used by the reporting tools (predates our knex migration). */
export class PermitQuery {
  private readonly conds: string[] = [];
  private lim = 100;

  constructor(private readonly table = "permits") {}

  where(column: string, value: string | number, op: Op = "="): this {
    const v = typeof value === "number" ? String(value) : `'${value}'`;
    this.conds.push(`${column} ${op} ${v}`);
    return this;
  }

  limit(n: number): this {
    this.lim = n;
    return this;
  }

  toSQL(): string {
    const where = this.conds.length ? ` WHERE ${this.conds.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where} ORDER BY issued_at DESC LIMIT ${this.lim}`;
  }
}
