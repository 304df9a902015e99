import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { ScanInput, WebhookTestInput, ReplicationInput } from "./schemas.js";
import { assertRegistryUrl, looksLikeCorpWebhook } from "./net.js";

const harbor = axios.create({
  baseURL: process.env.HARBOR_URL ?? "https://harbor.corp.example/api/v2.0",
  auth: { username: process.env.HARBOR_USER ?? "robot$mcp", password: process.env.HARBOR_SECRET ?? "" },
});

const server = new McpServer({ name: "harbor-registry", version: "1.0.0" });

server.tool("scan_artifact", "Trigger a vulnerability scan for an artifact", ScanInput.shape, async ({ project, repository, tag }) => {
  const repo = encodeURIComponent(repository);
  // ok: tool-input-to-url
  await harbor.post(`/projects/${project}/repositories/${repo}/artifacts/${tag}/scan`);
  return { content: [{ type: "text", text: `scan queued for ${project}/${repository}:${tag}` }] };
});

server.tool("test_webhook", "Send a test ping to a webhook endpoint", WebhookTestInput.shape, async ({ endpoint }) => {
  if (!looksLikeCorpWebhook(endpoint)) {
    return { content: [{ type: "text", text: "only corp webhooks can be tested" }], isError: true };
  }
  // ruleid: tool-input-to-url
  const res = await axios.post(endpoint, { type: "PING", occur_at: Date.now() }, { timeout: 5000 });
  return { content: [{ type: "text", text: `webhook answered ${res.status}` }] };
});

server.tool("check_replication_target", ReplicationInput.shape, async ({ registryUrl }) => {
  const u = await assertRegistryUrl(registryUrl);
  // ok: tool-input-to-url
  const res = await axios.get(new URL("/v2/", u).toString(), { validateStatus: () => true });
  return { content: [{ type: "text", text: `registry answered ${res.status}` }] };
});

await server.connect(new StdioServerTransport());
