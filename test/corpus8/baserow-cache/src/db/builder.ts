export class QueryBuilder {
  private clauses: string[] = [];
  private order = "";
  private max = 100;

  constructor(private readonly table: string) {}

  where(column: string, value: string): this {
    this.clauses.push(`${column} = '${value}'`);
    return this;
  }

  whereAll(filter: Record<string, string>): this {
    for (const [k, v] of Object.entries(filter)) this.where(k, v);
    return this;
  }

  orderBy(column?: string): this {
    if (column) this.order = ` ORDER BY ${column}`;
    return this;
  }

  limit(n: number): this {
    this.max = n;
    return this;
  }

  toSql(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where}${this.order} LIMIT ${this.max}`;
  }
}

const COLUMN = /^[a-z_][a-z0-9_]{0,40}$/;

export function column(name: string): string {
  if (!COLUMN.test(name)) throw new Error(`bad column ${name}`);
  return `"${name}"`;
}
