import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ZendeskClient, type Ticket } from "./zendesk.js";
import { evaluateCondition, runNamedCheck, scoreTicket, CHECKS } from "./rules.js";

const zd = new ZendeskClient(process.env.ZENDESK_SUBDOMAIN ?? "example", process.env.ZENDESK_EMAIL ?? "", process.env.ZENDESK_API_TOKEN ?? "");
const server = new McpServer({ name: "zendesk-macros", version: "0.6.0" });

function renderMacro(template: string, ticket: Ticket): string {
  // ruleid: tool-input-to-eval
  const render = new Function("ticket", `return \`${template}\`;`);
  return String(render(ticket));
}

server.tool(
  "preview_macro",
  "Render a macro body against a ticket, e.g. `Hi ${ticket.requester}, ...`",
  { ticketId: z.number().int().positive(), template: z.string().max(5000) },
  async ({ ticketId, template }) => {
    const ticket = await zd.getTicket(ticketId);
    return { content: [{ type: "text", text: renderMacro(template, ticket) }] };
  },
);

server.tool(
  "test_trigger_condition",
  "Evaluate a trigger condition (JavaScript expression over `ticket`) against a ticket",
  { ticketId: z.number().int().positive(), condition: z.string() },
  async ({ ticketId, condition }) => {
    const ticket = await zd.getTicket(ticketId);
    const matched = evaluateCondition(condition, ticket);
    return { content: [{ type: "text", text: matched ? "condition matches" : "no match" }] };
  },
);

server.tool(
  "run_check",
  "Run one of the predefined checks against a ticket",
  { ticketId: z.number().int().positive(), check: z.string() },
  async ({ ticketId, check }) => {
    if (!Object.keys(CHECKS).includes(check)) {
      return { content: [{ type: "text", text: `unknown check; use one of ${Object.keys(CHECKS).join(", ")}` }], isError: true };
    }
    const ticket = await zd.getTicket(ticketId);
    return { content: [{ type: "text", text: String(runNamedCheck(check, ticket)) }] };
  },
);

server.tool(
  "priority_score",
  "Compute the triage score of a ticket",
  { ticketId: z.number().int().positive() },
  async ({ ticketId }) => {
    const ticket = await zd.getTicket(ticketId);
    return { content: [{ type: "text", text: `score ${scoreTicket(ticket).toFixed(1)}` }] };
  },
);

server.tool(
  "apply_macro",
  "Apply a saved macro to a ticket",
  { ticketId: z.number().int().positive(), macroId: z.number().int().positive() },
  { destructiveHint: true, idempotentHint: false },
  async ({ ticketId, macroId }) => {
    await zd.applyMacro(ticketId, macroId);
    return { content: [{ type: "text", text: `macro ${macroId} applied to #${ticketId}` }] };
  },
);

await server.connect(new StdioServerTransport());
// ok: stdout-in-stdio-server
console.error(`zendesk-macros connected (${CHECKS ? Object.keys(CHECKS).length : 0} checks)`);
// ruleid: stdout-in-stdio-server
console.log("zendesk-macros ready");
