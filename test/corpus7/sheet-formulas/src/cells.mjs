// Cell references and ranges: A1, B2:C10.
const REF = /^([A-Z]{1,3})([1-9][0-9]{0,5})$/;

export function colIndex(letters) {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}

export function parseRef(ref) {
  const m = REF.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  return { col: colIndex(m[1]), row: Number(m[2]) - 1 };
}

export function rangeValues(sheet, range) {
  const [from, to = from] = range.split(":").map(parseRef);
  const out = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(Number(sheet[r]?.[c] ?? 0));
  return out;
}
