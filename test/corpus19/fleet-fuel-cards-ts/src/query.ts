/** Tiny SQL builder for the card-transaction views (Postgres placeholders). */
export class QueryBuilder {
  private conditions: string[] = [];
  private params: unknown[] = [];
  private orderBy = "";
  private max = 100;

  constructor(private readonly table: string) {}

  where(column: string, value: unknown): this {
    this.params.push(value);
    this.conditions.push(`${column} = $${this.params.length}`);
    return this;
  }

  whereRaw(fragment: string): this {
    this.conditions.push(`(${fragment})`);
    return this;
  }

  order(column: string, dir: "asc" | "desc" = "desc"): this {
    this.orderBy = ` ORDER BY ${column} ${dir.toUpperCase()}`;
    return this;
  }

  limit(n: number): this {
    this.max = Math.min(Math.max(1, Math.floor(n)), 1000);
    return this;
  }

  build(): { sql: string; params: unknown[] } {
    const where = this.conditions.length ? ` WHERE ${this.conditions.join(" AND ")}` : "";
    return { sql: `SELECT * FROM ${this.table}${where}${this.orderBy} LIMIT ${this.max}`, params: this.params };
  }
}

export function stationFilter(stations: string[]): string {
  return `station_code IN (${stations.map((s) => `'${s}'`).join(", ")})`;
}
