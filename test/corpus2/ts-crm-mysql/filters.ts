export interface ContactQuery {
  company: string;
  city?: string;
}

/** Build a WHERE clause with placeholders; values go in params, never in the SQL text. */
export function contactFilters(q: ContactQuery): { where: string; params: string[] } {
  const clauses = ["company = ?"];
  const params = [q.company];
  if (q.city) {
    clauses.push("city = ?");
    params.push(q.city);
  }
  return { where: clauses.join(" AND "), params };
}
