/** Tiny fluent SELECT builder used by the admin tools. */
export class QueryBuilder {
  private conditions: string[] = [];
  private max = 100;
  private order?: string;

  constructor(private readonly table: string, private readonly columns: string[] = ["*"]) {}

  where(condition?: string): this {
    if (condition && condition.trim()) this.conditions.push(`(${condition})`);
    return this;
  }

  orderBy(column: string): this {
    this.order = column;
    return this;
  }

  limit(n: number): this {
    this.max = n;
    return this;
  }

  build(): string {
    let sql = `SELECT ${this.columns.join(", ")} FROM public.${this.table}`;
    if (this.conditions.length) sql += ` WHERE ${this.conditions.join(" AND ")}`;
    if (this.order) sql += ` ORDER BY ${this.order}`;
    return `${sql} LIMIT ${this.max}`;
  }
}
