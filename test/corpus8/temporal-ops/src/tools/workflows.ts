import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { AppContext, ok } from "../lib/context.js";

export function registerWorkflowTools(server: McpServer, ctx: AppContext) {
  server.registerTool(
    "start_workflow",
    {
      description: "Start a workflow on one of the known task queues",
      inputSchema: {
        workflowType: z.string().regex(/^[A-Z][A-Za-z0-9]{2,60}$/),
        taskQueue: z.string(),
        // ruleid: weak-input-schema
        args: z.array(z.any()).default([]),
      },
    },
    async ({ workflowType, taskQueue, args }) => {
      if (!ctx.taskQueues.includes(taskQueue)) throw new Error(`unknown task queue ${taskQueue}`);
      const handle = await ctx.temporal.workflow.start(workflowType, { taskQueue, workflowId: `${workflowType}-${Date.now()}`, args });
      return ok({ workflowId: handle.workflowId, runId: handle.firstExecutionRunId });
    },
  );

  server.registerTool(
    "signal_workflow",
    {
      description: "Send a signal with a payload to a running workflow",
      inputSchema: {
        workflowId: z.string().max(200),
        signal: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,40}$/),
        // ruleid: weak-input-schema
        payload: z.object({}).passthrough(),
      },
    },
    async ({ workflowId, signal, payload }) => {
      await ctx.temporal.workflow.getHandle(workflowId).signal(signal, payload);
      return ok(`signalled ${signal}`);
    },
  );

  server.registerTool(
    "terminate_workflow",
    {
      description: "Terminate a workflow execution",
      inputSchema: { workflowId: z.string().max(200), reason: z.string().max(200) },
      annotations: { destructiveHint: true },
    },
    async ({ workflowId, reason }) => {
      await ctx.temporal.workflow.getHandle(workflowId).terminate(reason);
      return ok(`terminated ${workflowId}`);
    },
  );
}
