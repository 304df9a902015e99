import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import * as fs from "node:fs/promises";
import * as http from "node:http";
import * as path from "node:path";
import yaml from "js-yaml";
import { execSync } from "node:child_process";

const CONFIG_DIR = path.resolve(process.env.CONFIG_DIR ?? "/etc/myapp");
const INTERNAL_HOSTS = ["metrics.internal", "logs.internal"];

const ReadConfigSchema = z.object({ file: z.string() });
const QueryMetricsSchema = z.object({ host: z.string(), metric: z.string() });
const QueryMetricsSafeSchema = z.object({ host: z.string(), metric: z.string() });
const ParseYamlSchema = z.object({ text: z.string() });
const GrepConfigSchema = z.object({ pattern: z.string() });

type Tool = { name: string; description: string; schema: z.ZodTypeAny; run: (input: any) => Promise<string> };

function httpGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(data));
    }).on("error", reject);
  });
}

const tools: Tool[] = [
  {
    name: "read_config",
    description: "Read a configuration file",
    schema: ReadConfigSchema,
    run: async ({ file }) => fs.readFile(path.join(CONFIG_DIR, file), "utf8"), // FLAW tool-input-to-path
  },
  {
    name: "query_metrics",
    description: "Query a metrics endpoint",
    schema: QueryMetricsSchema,
    run: async ({ host, metric }) => httpGet(`http://${host}:9090/api/v1/query?query=${encodeURIComponent(metric)}`), // FLAW tool-input-to-url
  },
  {
    name: "query_internal_metrics",
    description: "Query one of the internal metrics hosts",
    schema: QueryMetricsSafeSchema,
    run: async ({ host, metric }) => {
      if (!INTERNAL_HOSTS.includes(host)) throw new Error("unknown host");
      return httpGet(`http://${host}:9090/api/v1/query?query=${encodeURIComponent(metric)}`); // SAFE tool-input-to-url
    },
  },
  {
    name: "parse_yaml",
    description: "Parse a YAML document to JSON",
    schema: ParseYamlSchema,
    run: async ({ text }) => JSON.stringify(yaml.load(text, { schema: yaml.JSON_SCHEMA })), // SAFE unsafe-deserialization
  },
  {
    name: "grep_config",
    description: "grep the configuration directory",
    schema: GrepConfigSchema,
    run: async ({ pattern }) => execSync(`grep -rn "${pattern}" ${CONFIG_DIR}`, { encoding: "utf8" }), // FLAW tool-input-to-shell
  },
];

const server = new Server({ name: "config-inspector", version: "0.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: zodToJsonSchema(t.schema) })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) throw new Error(`Unknown tool ${request.params.name}`);
  const input = tool.schema.parse(request.params.arguments ?? {});
  const text = await tool.run(input);
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
