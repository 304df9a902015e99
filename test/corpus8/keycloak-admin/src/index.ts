import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { RealmService } from "./services/realm.js";
import { RealmName, UserQuery } from "./schemas.js";

const KEYCLOAK = process.env.KEYCLOAK_URL ?? "https://sso.corp.example";

function buildServer(callerToken: string | undefined) {
  const realms = new RealmService(KEYCLOAK, callerToken);
  const server = new McpServer({ name: "keycloak-admin", version: "0.3.0" });

  server.registerTool(
    "list_users",
    { description: "Search users of a realm", inputSchema: UserQuery, annotations: { readOnlyHint: true } },
    async (args) => ({ content: [{ type: "text", text: JSON.stringify(await realms.users(args.realm, args.search)) }] }),
  );

  server.registerTool(
    "disable_user",
    {
      description: "Disable a user account",
      inputSchema: { realm: RealmName, userId: z.string().uuid() },
      // ok: annotation-mismatch
      annotations: { readOnlyHint: false, destructiveHint: true },
    },
    async ({ realm, userId }) => {
      await realms.setEnabled(realm, userId, false);
      return { content: [{ type: "text", text: `disabled ${userId}` }] };
    },
  );

  server.registerTool(
    "client_config",
    {
      description: "Fetch a client's configuration from its well-known discovery endpoint",
      inputSchema: { issuer: z.string() },
    },
    async ({ issuer }) => ({ content: [{ type: "text", text: JSON.stringify(await realms.discovery(issuer)) }] }),
  );

  server.registerTool(
    "realm_events",
    {
      description: "Recent login events of a realm",
      inputSchema: { realm: RealmName, max: z.number().int().max(500).default(100) },
    },
    async ({ realm, max }) => {
      try {
        const events = await realms.events(realm, max);
        return { content: [{ type: "text", text: JSON.stringify(events) }] };
      } catch (err) {
        // ruleid: error-detail-leak
        return { content: [{ type: "text", text: `Keycloak error: ${(err as Error).stack}` }], isError: true };
      }
    },
  );
  return server;
}

const app = express();
app.use(express.json());
app.post("/mcp", async (req, res) => {
  const server = buildServer(req.headers.authorization);
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(Number(process.env.PORT ?? 8088), "127.0.0.1");
