/** Quote an identifier that has already been checked against an allow-list. */
export function quoteTable(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

export function buildSelect(table: string, columns: string[], where?: string): string {
  const cols = columns.length ? columns.join(", ") : "*";
  let sql = `SELECT ${cols} FROM ${table}`;
  if (where && where.trim()) {
    sql += ` WHERE ${where}`;
  }
  return sql + " LIMIT 200";
}
