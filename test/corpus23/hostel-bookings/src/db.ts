import knexFactory from "knex";

export const knex = knexFactory({
  client: "pg",
  connection: process.env.HOSTEL_DATABASE_URL,
  pool: { min: 0, max: 5 },
});

export class QueryBuilder {
  private clauses: string[] = [];
  constructor(private table: string) {}

  where(column: string, value: string): this {
    this.clauses.push(`${column} = '${value}'`);
    return this;
  }

  build(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT * FROM ${this.table}${where}`;
  }
}
