export class QueryBuilder {
  private clauses: string[] = [];
  private limitN = 100;

  constructor(private table: string) {}

  where(column: string, value: string | number) {
    const v = typeof value === "number" ? String(value) : `'${value}'`;
    this.clauses.push(`${column} = ${v}`);
    return this;
  }

  whereRaw(fragment: string) {
    this.clauses.push(`(${fragment})`);
    return this;
  }

  limit(n: number) {
    this.limitN = Math.min(Math.max(1, Math.floor(n)), 1000);
    return this;
  }

  toSql(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where} LIMIT ${this.limitN}`;
  }
}
