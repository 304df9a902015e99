import { promises as fsp } from "node:fs";
import path from "node:path";

export const INBOX = path.resolve(process.env.AGENCY_INBOX ?? "/srv/agency/inbox");

export async function saveToInbox(filename: string, data: Buffer): Promise<string> {
  const dest = path.join(INBOX, filename);
  // ruleid: tool-input-to-path
  await fsp.writeFile(dest, data);
  return dest;
}

export function inboxFile(name: string): string {
  const full = path.resolve(INBOX, name);
  if (!full.startsWith(INBOX + path.sep)) throw new Error("not an inbox file");
  return full;
}
