export class QueryBuilder {
  private table = "";
  private filters: string[] = [];
  private limitN = 100;

  from(table: string) {
    this.table = table;
    return this;
  }

  where(clause: string) {
    this.filters.push(clause);
    return this;
  }

  limit(n: number) {
    this.limitN = n;
    return this;
  }

  toSql(): string {
    const where = this.filters.length ? ` WHERE ${this.filters.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where} LIMIT ${this.limitN}`;
  }
}

export const TABLES: Record<string, string> = {
  sessions: "analytics.web_sessions",
  orders: "analytics.fact_orders",
  signups: "analytics.fact_signups",
};
