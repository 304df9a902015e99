// config-loader: import, convert and diff application settings in several formats (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import serialize from "node-serialize";
import v8 from "node:v8";
import vm from "node:vm";
import yaml from "js-yaml";
import TOML from "@iarna/toml";
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";

const server = new McpServer({ name: "config-loader", version: "0.6.1" });
const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.tool(
  "import_session",
  "Restore a settings session exported by the desktop app (node-serialize format).",
  { payload: z.string() },
  async ({ payload }) => {
    // ruleid: unsafe-deserialization
    const session = serialize.unserialize(payload);
    return json(Object.keys(session));
  },
);

server.tool(
  "import_snapshot",
  "Restore a binary settings snapshot (base64 of v8.serialize output).",
  { snapshot: z.string() },
  async ({ snapshot }) => {
    // ruleid: unsafe-deserialization
    const data = v8.deserialize(Buffer.from(snapshot, "base64"));
    return json(data);
  },
);

server.tool("yaml_to_json", "Convert YAML settings to JSON.", { source: z.string().max(500_000) }, async ({ source }) => {
  // ok: unsafe-deserialization
  return json(yaml.load(source, { schema: yaml.JSON_SCHEMA }));
});

server.tool("toml_to_json", "Convert TOML settings to JSON.", { source: z.string().max(500_000) }, async ({ source }) => {
  // ok: unsafe-deserialization
  return json(TOML.parse(source));
});

server.tool("xml_to_json", "Convert XML settings to JSON.", { source: z.string().max(500_000) }, async ({ source }) => {
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: false });
  // ok: unsafe-deserialization
  return json(parser.parse(source));
});

server.tool(
  "relaxed_json",
  "Parse JSON with comments, single quotes and trailing commas (as found in old config files).",
  { source: z.string() },
  async ({ source }) => {
    // ruleid: tool-input-to-eval
    const value = vm.runInNewContext("(" + source + ")", {}, { timeout: 100 });
    return json(value);
  },
);

server.tool(
  "legacy_js_config",
  "Read a legacy `module.exports = {...}` config file body.",
  { body: z.string() },
  async ({ body }) => {
    const module = { exports: {} as Record<string, unknown> };
    // ruleid: tool-input-to-eval
    new Function("module", "exports", body)(module, module.exports);
    return json(module.exports);
  },
);

server.tool(
  "diff",
  "Keys that differ between two JSON documents.",
  { left: z.string(), right: z.string() },
  async ({ left, right }) => {
    // ok: unsafe-deserialization
    const a = JSON.parse(left) as Record<string, unknown>;
    const b = JSON.parse(right) as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return json([...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])));
  },
);

await server.connect(new StdioServerTransport());
