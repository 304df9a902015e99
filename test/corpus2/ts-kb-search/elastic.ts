import https from "node:https";
import { readFileSync } from "node:fs";

const ES_URL = process.env.ES_URL ?? "https://127.0.0.1:9200";
const ES_API_KEY = process.env.ES_API_KEY ?? "";

// ok: tls-verification-disabled
const agent = new https.Agent({ ca: readFileSync(process.env.ES_CA_CERT ?? "/etc/kb/es-ca.pem"), rejectUnauthorized: true });

function request(method: string, path: string, body?: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = https.request(`${ES_URL}${path}`, {
      method,
      agent,
      headers: { Authorization: `ApiKey ${ES_API_KEY}`, "Content-Type": "application/json" },
    }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => {
        try {
          resolve(data ? JSON.parse(data) : {});
        } catch {
          reject(new Error("bad response from search cluster"));
        }
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

export async function esSearch(space: string, query: unknown, size: number) {
  const dsl = typeof query === "string" ? { query: { multi_match: { query, fields: ["title^2", "body", "tags"] } } } : query;
  const res = await request("POST", `/kb-${space}/_search?size=${size}`, dsl);
  return (res.hits?.hits ?? []).map((h: any) => ({ id: h._id, title: h._source?.title, score: h._score }));
}

export async function esIndexDoc(space: string, doc: Record<string, unknown>): Promise<string> {
  const res = await request("POST", `/kb-${space}/_doc`, doc);
  return res._id;
}

export async function esDeleteIndex(space: string): Promise<void> {
  await request("POST", `/kb-${space}/_delete_by_query`, { query: { match_all: {} } });
}
