import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { SnapshotStore } from "./snapshots.js";

const store = new SnapshotStore(process.env.SNAPSHOT_DIR ?? `${process.env.HOME}/.mcp-snapshots`);
const server = new McpServer({ name: "workspace-snapshots", version: "0.8.1" });

server.tool(
  "save_snapshot",
  "Save the current editor state as a named snapshot.",
  {
    name: z.string().regex(/^[\w-]{1,64}$/),
    state: z.object({ openFiles: z.array(z.string()).max(200), cursor: z.object({ file: z.string(), line: z.number().int() }).optional() }),
  },
  async ({ name, state }) => {
    await store.save(name, state);
    return { content: [{ type: "text", text: `snapshot ${name} saved` }] };
  },
);

server.tool(
  "restore_snapshot",
  "Restore a snapshot by name.",
  { name: z.string().regex(/^[\w-]{1,64}$/) },
  async ({ name }) => {
    const state = await store.load(name);
    return { content: [{ type: "text", text: JSON.stringify(state) }] };
  },
);

server.tool(
  "import_snapshot",
  "Import a snapshot exported by another machine (base64 blob).",
  { blob: z.string().max(1_000_000) },
  async ({ blob }) => {
    const state = store.importBlob(blob);
    return { content: [{ type: "text", text: `imported ${Object.keys(state).length} keys` }] };
  },
);

server.tool(
  "import_legacy",
  "Import a snapshot from the 0.x format.",
  { payload: z.string() },
  async ({ payload }) => {
    const state = store.importLegacy(payload);
    return { content: [{ type: "text", text: JSON.stringify(state) }] };
  },
);

server.tool(
  "import_json",
  "Import a snapshot exported as JSON.",
  { json: z.string().max(1_000_000) },
  async ({ json }) => {
    // ok: unsafe-deserialization
    const parsed = JSON.parse(json);
    const state = z.object({ openFiles: z.array(z.string()) }).parse(parsed);
    return { content: [{ type: "text", text: `imported ${state.openFiles.length} files` }] };
  },
);

server.tool(
  "import_settings",
  "Import editor settings written in relaxed JSON (comments and trailing commas allowed).",
  { settings: z.string().max(200_000) },
  async ({ settings }) => {
    const relaxed = settings.replace(/\/\/.*$/gm, "");
    // ruleid: tool-input-to-eval
    const parsed = eval("(" + relaxed + ")") as Record<string, unknown>;
    return { content: [{ type: "text", text: `imported ${Object.keys(parsed).length} settings` }] };
  },
);

await server.connect(new StdioServerTransport());
