import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ContractService } from "./services/ContractService.js";
import { openSession } from "./session.js";
import { unserialize } from "node-serialize";

const service = new ContractService({ projectDir: process.env.CONTRACTS_DIR ?? process.cwd(), network: process.env.NETWORK ?? "sepolia" });
const server = new McpServer({ name: "contract-workbench", version: "0.2.0" });

server.tool("compile", "Compile the contracts with Hardhat", { config: z.string().default("hardhat.config.ts") }, async ({ config }) => ({
  content: [{ type: "text", text: service.compile(config) }],
}));

server.tool("forge_test", "Run Foundry tests whose name matches", { match: z.string().max(200), verbosity: z.number().int().default(2) }, async ({ match, verbosity }) => ({
  content: [{ type: "text", text: service.forgeTest(match, verbosity) }],
}));

server.tool("inspect_abi", "Query a contract ABI with a JS expression over `abi`", { contract: z.string(), expression: z.string() }, async ({ contract, expression }) => ({
  content: [{ type: "text", text: JSON.stringify(service.inspect(contract, expression), null, 2) }],
}));

server.tool("function_selectors", { contract: z.string().regex(/^[A-Z][A-Za-z0-9_]{0,63}$/) }, async ({ contract }) => ({
  content: [{ type: "text", text: JSON.stringify(service.selectors(contract), null, 2) }],
}));

server.tool("start_deploy_session", "Open a deployment session on the configured network", {}, async () => {
  const s = openSession(process.env.NETWORK ?? "sepolia");
  return { content: [{ type: "text", text: `session ${s.id} on ${s.network}` }] };
});

server.tool(
  "restore_deploy_plan",
  "Restore a deployment plan exported by the old workbench (base64 of its serialised state)",
  { plan: z.string() },
  async ({ plan }) => {
    // ruleid: unsafe-deserialization
    const state = unserialize(Buffer.from(plan, "base64").toString("utf8")) as { steps: { contract: string }[] };
    return { content: [{ type: "text", text: state.steps.map((s, i) => `${i + 1}. deploy ${s.contract}`).join("\n") }] };
  },
);

await server.connect(new StdioServerTransport());
