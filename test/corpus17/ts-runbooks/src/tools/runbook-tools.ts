import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { RunbookService } from "../services/runbook-service.js";
import { withErrorHandling, withVerboseErrors } from "../lib/with-error-handling.js";

export interface Deps {
  runbooks: RunbookService;
  workdir: string;
  logger: { info(msg: string, meta?: object): void };
}

export function registerRunbookTools(server: McpServer, deps: Deps) {
  server.tool("list_runbooks", "List available runbooks", {}, withErrorHandling(async () => {
    const names = await deps.runbooks.list();
    return { content: [{ type: "text", text: names.join("\n") }] };
  }));

  server.tool(
    "show_runbook",
    "Show the steps of a runbook",
    { name: z.string().min(1).max(80) },
    withErrorHandling(async ({ name }) => {
      const rb = await deps.runbooks.load(name);
      return { content: [{ type: "text", text: rb.steps.map((s, i) => `${i + 1}. ${s.id}${s.when ? ` (when ${s.when})` : ""}`).join("\n") }] };
    }),
  );

  server.tool(
    "run_diagnostic",
    "Run a diagnostic shell command on the bastion host during an incident",
    { command: z.string(), reason: z.string().optional() },
    withVerboseErrors(async ({ command, reason }) => {
      deps.logger.info("diagnostic", { reason });
      const out = await deps.runbooks.runAdhoc(command, deps.workdir);
      return { content: [{ type: "text", text: out }] };
    }),
  );

  server.tool(
    "check_condition",
    "Evaluate whether a runbook step applies, given incident facts",
    { condition: z.string(), facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) },
    withErrorHandling(async ({ condition, facts }) => {
      const applies = deps.runbooks.evaluateCondition(condition, facts);
      return { content: [{ type: "text", text: applies ? "step applies" : "skip step" }] };
    }),
  );

  server.tool(
    "run_step_script",
    "Run a runbook step script in the sandboxed step runner",
    { script: z.string().max(4000), ticket: z.string().regex(/^INC-\d+$/) },
    withErrorHandling(async ({ script, ticket }) => {
      const out = await deps.runbooks.runScript(script, { TICKET: ticket });
      return { content: [{ type: "text", text: out }] };
    }),
  );
}
