export interface RecordInput {
  name: string;
  type: string;
  value: string;
  ttl: number;
}

export function formatRecord(r: RecordInput): string {
  const value = r.type === "TXT" ? `"${r.value.replace(/"/g, '\\"')}"` : r.value;
  return `${r.name}\t${r.ttl}\tIN\t${r.type}\t${value}`;
}

export function bumpSerial(zone: string): string {
  return zone.replace(/(\d{10})(\s*;\s*serial)/i, (_m, serial: string, rest: string) => {
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, "");
    const next = serial.startsWith(today) ? String(Number(serial) + 1) : `${today}01`;
    return next + rest;
  });
}
