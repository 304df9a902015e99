import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as cp from "node:child_process";
import { z } from "zod";
import { assertNode, checkEnvironment, factsFor, jobRunArgv, runPuppet } from "./commands.js";

const server = new Server({ name: "puppet-ops", version: "2.1.0" }, { capabilities: { tools: {} } });

const RunArgs = z.object({
  node: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,252}$/),
  environment: z.enum(["production", "staging", "development"]).default("production"),
  noop: z.boolean().default(true),
  tags: z.array(z.string().regex(/^[a-z0-9_:]+$/)).max(20).optional(),
});

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "puppet_run",
      description: "Trigger a Puppet agent run on one node (noop by default).",
      inputSchema: {
        type: "object",
        properties: {
          node: { type: "string", pattern: "^[a-z0-9][a-z0-9.-]{0,252}$" },
          environment: { type: "string", enum: ["production", "staging", "development"] },
          noop: { type: "boolean" },
          tags: { type: "array", items: { type: "string", pattern: "^[a-z0-9_:]+$" } },
        },
        required: ["node"],
      },
    },
    {
      name: "node_facts",
      description: "Read one fact of a node from PuppetDB.",
      inputSchema: { type: "object", properties: { node: { type: "string" }, fact: { type: "string" } }, required: ["node", "fact"] },
    },
    {
      name: "deploy_environment",
      description: "Deploy an r10k environment.",
      inputSchema: { type: "object", properties: { environment: { type: "string" } }, required: ["environment"] },
    },
    {
      name: "eval_hiera",
      description: "Look up a Hiera key for a node.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  switch (name) {
    case "puppet_run": {
      // ok: weak-input-schema
      const args = RunArgs.parse(request.params.arguments);
      const out = await runPuppet(jobRunArgv(args));
      return { content: [{ type: "text", text: out }] };
    }
    case "node_facts": {
      // ruleid: weak-input-schema
      const { node, fact } = request.params.arguments as { node: string; fact: string };
      const out = await factsFor(node, fact);
      return { content: [{ type: "text", text: out }] };
    }
    case "deploy_environment": {
      const env = String(request.params.arguments?.environment ?? "");
      checkEnvironment(env);
      // ruleid: tool-input-to-shell
      const out = cp.execSync(`r10k deploy environment ${env} --modules --verbose`, { encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    }
    case "eval_hiera": {
      const node = assertNode(String(request.params.arguments?.node ?? ""));
      const key = String(request.params.arguments?.key ?? "");
      if (!/^[a-z0-9_:]+$/.test(key)) throw new Error("invalid hiera key");
      // ok: tool-input-to-shell
      const out = cp.execFileSync("puppet", ["lookup", key, "--node", node, "--render-as", "json"], { encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    }
    default:
      throw new Error(`unknown tool: ${name}`);
  }
});

await server.connect(new StdioServerTransport());
