export interface BillFilter {
  chamber?: string;
  session?: string;
  sponsor?: string;
  keyword?: string;
}

/** Builds the search SQL for the bills view. */
export class BillSearch {
  private parts: string[] = [];

  constructor(private readonly filter: BillFilter) {}

  build(): string {
    const { chamber, session, sponsor, keyword } = this.filter;
    if (chamber) this.parts.push(`chamber = '${chamber}'`);
    if (session) this.parts.push(`session = '${session}'`);
    if (sponsor) this.parts.push(`sponsor_name ILIKE '%${sponsor}%'`);
    if (keyword) this.parts.push(`to_tsvector(title) @@ plainto_tsquery('${keyword}')`);
    const where = this.parts.length ? "WHERE " + this.parts.join(" AND ") : "";
    return `SELECT bill_no, title, stage, sponsor_name FROM bills_v ${where} ORDER BY introduced DESC LIMIT 100`;
  }
}
