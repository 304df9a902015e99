// partner-hub: partner data tools behind JWT auth (fastmcp, HTTP stream).
import { FastMCP, UserError } from "fastmcp";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { assertPartnerUrl } from "./guard.js";

type Session = { sub: string; scopes: string[] };

// ok: hardcoded-secret
const CLIENT_SECRET = process.env.PARTNER_HUB_CLIENT_SECRET ?? "";
const ISSUER = process.env.OIDC_ISSUER ?? "https://login.example.com/";
const JWKS = createRemoteJWKSet(new URL(".well-known/jwks.json", ISSUER));

async function authenticate(req: IncomingMessage): Promise<Session> {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) throw new Response(null, { status: 401, statusText: "Missing bearer token" });
  // ok: jwt-verification-disabled
  const { payload } = await jwtVerify(header.slice(7), JWKS, { issuer: ISSUER, audience: "partner-hub" });
  // ok: sensitive-data-logged
  console.error("authenticated request", { sub: payload.sub, scope: payload.scope });
  return { sub: String(payload.sub), scopes: String(payload.scope ?? "").split(" ") };
}

const server = new FastMCP<Session>({ name: "partner-hub", version: "1.0.4", authenticate });

const tags = ["teal", "amber", "violet", "slate"];

server.addTool({
  name: "fetch_partner_feed",
  description: "Download a partner's product feed (JSON).",
  parameters: z.object({ url: z.string().url() }),
  annotations: { readOnlyHint: true, openWorldHint: true },
  execute: async ({ url }) => {
    const target = await assertPartnerUrl(url);
    // ok: tool-input-to-url
    const res = await fetch(target, { redirect: "error", signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new UserError(`partner answered ${res.status}`);
    // ok: unsafe-deserialization
    const feed = JSON.parse(await res.text());
    return JSON.stringify({ items: Array.isArray(feed.items) ? feed.items.length : 0 });
  },
});

server.addTool({
  name: "create_api_key",
  description: "Create an API key for a partner integration.",
  parameters: z.object({ partner: z.enum(["partner-one", "partner-two", "partner-three"]) }),
  execute: async ({ partner }, { session }) => {
    if (!session?.scopes.includes("keys:write")) throw new UserError("missing scope keys:write");
    // ok: insecure-randomness
    const key = `ph_${randomBytes(32).toString("base64url")}`;
    const id = randomUUID();
    return `Key ${id} for ${partner}: ${key} (shown once)`;
  },
});

server.addTool({
  name: "new_board",
  description: "Create a partner board with a random colour tag.",
  parameters: z.object({ title: z.string().min(1).max(120) }),
  execute: async ({ title }) => {
    // ok: insecure-randomness
    const colour = tags[Math.floor(Math.random() * tags.length)];
    return JSON.stringify({ id: randomUUID(), title, colour });
  },
});

server.addTool({
  name: "token_exchange_status",
  description: "Whether the hub has valid client credentials configured.",
  parameters: z.object({}),
  annotations: { readOnlyHint: true },
  execute: async () => {
    try {
      const res = await fetch(new URL("oauth/token", ISSUER), {
        method: "POST",
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: "partner-hub", client_secret: CLIENT_SECRET }),
      });
      return res.ok ? "credentials valid" : `issuer answered ${res.status}`;
    } catch (err) {
      console.error("token check failed", err);
      // ok: error-detail-leak
      return "could not reach the identity provider";
    }
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8443, endpoint: "/mcp" } });
