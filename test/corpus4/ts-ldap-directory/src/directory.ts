import ldap, { type Client, type SearchOptions } from "ldapjs";
import { readFileSync } from "node:fs";

export const BASE_DN = process.env.LDAP_BASE_DN ?? "dc=corp,dc=example,dc=com";
const BIND_DN = process.env.LDAP_BIND_DN ?? "cn=mcp-reader,ou=services,dc=corp,dc=example,dc=com";
// ruleid: hardcoded-secret
const BIND_PASSWORD = process.env.LDAP_BIND_PASSWORD || "R3ad0nly!Svc#2024";

export function connect(): Promise<Client> {
  const url = process.env.LDAP_URL ?? "ldaps://dc01.corp.example.com:636";
  let client: Client;
  if (process.env.LDAP_CA_FILE) {
    // ok: tls-verification-disabled
    client = ldap.createClient({ url, tlsOptions: { ca: [readFileSync(process.env.LDAP_CA_FILE)] } });
  } else {
    // ruleid: tls-verification-disabled
    client = ldap.createClient({ url, tlsOptions: { rejectUnauthorized: false } });
  }
  // ruleid: sensitive-data-logged
  console.error(`ldap bind ${BIND_DN} / ${BIND_PASSWORD}`);
  return new Promise((resolve, reject) => {
    client.bind(BIND_DN, BIND_PASSWORD, (err) => (err ? reject(err) : resolve(client)));
  });
}

export function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => "\\" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}

export function search(client: Client, opts: SearchOptions): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, unknown>[] = [];
    client.search(BASE_DN, opts, (err, res) => {
      if (err) return reject(err);
      res.on("searchEntry", (entry) => rows.push(Object.fromEntries(entry.pojo.attributes.map((a) => [a.type, a.values]))));
      res.on("error", reject);
      res.on("end", () => resolve(rows));
    });
  });
}
