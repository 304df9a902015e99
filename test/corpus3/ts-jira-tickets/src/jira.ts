// Thin Jira REST client and the access-token verifier used by the MCP endpoint.
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import jwt from "jsonwebtoken";
import { readFileSync } from "node:fs";

export interface IssueSummary {
  key: string;
  summary: string;
  status: string;
  assignee: string | null;
}

// ok: hardcoded-secret
const JIRA_API_TOKEN = process.env.JIRA_API_TOKEN ?? "";
const JIRA_EMAIL = process.env.JIRA_EMAIL ?? "";
const ISSUER_KEY = readFileSync(process.env.AUTH_PUBLIC_KEY_PATH ?? "/etc/jira-mcp/issuer.pem", "utf8");

export class JiraClient {
  constructor(private readonly base: string) {}

  private headers(): Record<string, string> {
    return {
      // ok: token-passthrough
      Authorization: `Basic ${Buffer.from(`${JIRA_EMAIL}:${JIRA_API_TOKEN}`).toString("base64")}`,
      Accept: "application/json",
    };
  }

  async search(jql: string, limit: number): Promise<IssueSummary[]> {
    const url = new URL("/rest/api/3/search", this.base);
    url.searchParams.set("jql", jql);
    url.searchParams.set("maxResults", String(limit));
    const res = await fetch(url, { headers: this.headers() });
    if (!res.ok) throw new Error(`Jira search failed with ${res.status}`);
    const data = (await res.json()) as { issues: Array<{ key: string; fields: any }> };
    return data.issues.map((i) => ({
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status?.name ?? "unknown",
      assignee: i.fields.assignee?.displayName ?? null,
    }));
  }
}

export async function verifyAccessToken(token: string): Promise<AuthInfo> {
  // ok: jwt-verification-disabled
  const claims = jwt.verify(token, ISSUER_KEY, { algorithms: ["RS256"], audience: "jira-mcp" }) as jwt.JwtPayload;
  return {
    token,
    clientId: String(claims.azp ?? claims.sub),
    scopes: String(claims.scope ?? "").split(" ").filter(Boolean),
    expiresAt: claims.exp,
  };
}
