import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { unserialize } from "node-serialize";
import { deserialize as fromJsSource } from "serialize-to-js";
import Cryo from "cryo";
import jsyaml from "js-yaml";
import YAML from "yaml";
import { z } from "zod";

type Session = { id: string; data: Record<string, unknown> };
const sessions = new Map<string, Session>();

const server = new McpServer({ name: "session-store", version: "0.2.0" });

server.tool("import_session", "Import a session exported by the legacy app", { payload: z.string() }, async ({ payload }) => {
  const decoded = Buffer.from(payload, "base64").toString("utf8");
  const session = unserialize(decoded) as Session; // FLAW unsafe-deserialization
  sessions.set(session.id, session);
  return { content: [{ type: "text", text: `imported ${session.id}` }] };
});

server.tool("import_session_json", "Import a session exported as JSON", { payload: z.string() }, async ({ payload }) => {
  const session = JSON.parse(payload) as Session; // SAFE unsafe-deserialization
  sessions.set(session.id, session);
  return { content: [{ type: "text", text: `imported ${session.id}` }] };
});

server.tool("import_js_snapshot", "Import a snapshot written by serialize-to-js", { source: z.string() }, async ({ source }) => {
  const snapshot = fromJsSource(source); // FLAW unsafe-deserialization
  return { content: [{ type: "text", text: `snapshot with ${Object.keys(snapshot).length} keys` }] };
});

server.tool("thaw", "Thaw a Cryo-frozen object", { frozen: z.string() }, async ({ frozen }) => {
  const obj = Cryo.parse(frozen); // FLAW unsafe-deserialization
  return { content: [{ type: "text", text: JSON.stringify(Object.keys(obj)) }] };
});

server.tool("import_yaml", "Import session data from YAML", { yamlText: z.string() }, async ({ yamlText }) => {
  const data = jsyaml.load(yamlText) as Record<string, unknown>; // SAFE unsafe-deserialization
  const id = String(data.id ?? Date.now());
  sessions.set(id, { id, data });
  return { content: [{ type: "text", text: `imported ${id}` }] };
});

server.tool("import_yaml2", "Import session data from YAML (yaml package)", { yamlText: z.string() }, async ({ yamlText }) => {
  const data = YAML.parse(yamlText); // SAFE unsafe-deserialization
  return { content: [{ type: "text", text: Object.keys(data).join(", ") }] };
});

server.tool("compute_field", "Compute a derived session field with a JS expression", { id: z.string(), field: z.string(), expr: z.string() }, async ({ id, field, expr }) => {
  const s = sessions.get(id);
  if (!s) return { isError: true, content: [{ type: "text", text: "no such session" }] };
  const compute = new Function("session", "return " + expr); // FLAW tool-input-to-eval
  s.data[field] = compute(s.data);
  return { content: [{ type: "text", text: `${field} = ${JSON.stringify(s.data[field])}` }] };
});

server.tool("run_migration", "Run a migration script against all sessions", { script: z.string() }, async ({ script }) => {
  const migrate = eval(`(sessions) => { ${script} }`); // FLAW tool-input-to-eval
  migrate([...sessions.values()]);
  return { content: [{ type: "text", text: "migrated" }] };
});

await server.connect(new StdioServerTransport());
