/** Parsers for virsh's human-readable output. */

export function parseTable(out: string): Record<string, string>[] {
  const lines = out.split("\n").filter((l) => l.trim() && !/^-+$/.test(l.trim()));
  const [head, ...rows] = lines;
  const cols = head.trim().split(/\s{2,}/);
  return rows.map((r) => Object.fromEntries(r.trim().split(/\s{2,}/).map((v, i) => [cols[i] ?? `c${i}`, v])));
}

export function parseDominfo(out: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of out.split("\n")) {
    const idx = line.indexOf(":");
    if (idx > 0) info[line.slice(0, idx).trim()] = line.slice(idx + 1).trim();
  }
  return info;
}
