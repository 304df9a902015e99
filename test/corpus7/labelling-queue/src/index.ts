import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { agreement, exportLabels, lease, nextTasks, submitLabel } from "./repo.js";

const server = new McpServer({ name: "labelling-queue", version: "0.5.0" });
const queueName = z.string().regex(/^[a-z0-9_-]{1,40}$/);

server.registerTool(
  "next_tasks",
  {
    description: "Lease the next unlabelled tasks of a queue",
    // ok: weak-input-schema
    inputSchema: { queue: queueName, count: z.number().int().min(1).max(50).default(10) },
  },
  async ({ queue, count }) => {
    const tasks = await nextTasks(queue, count);
    const token = await lease(tasks.map((t) => t.id));
    return { content: [{ type: "text", text: JSON.stringify({ lease: token, tasks }) }] };
  },
);

server.registerTool(
  "submit_label",
  {
    description: "Submit the label chosen for a task",
    inputSchema: { taskId: z.number().int(), label: z.string().max(200), annotator: z.string().max(100) },
  },
  async ({ taskId, label, annotator }) => {
    await submitLabel(taskId, label, annotator);
    return { content: [{ type: "text", text: "saved" }] };
  },
);

server.registerTool(
  "agreement_report",
  {
    description: "Majority label and vote count per task",
    inputSchema: { queue: queueName, minVotes: z.number().int().min(2).max(20).default(3) },
    annotations: { readOnlyHint: true },
  },
  async ({ queue, minVotes }) => ({ content: [{ type: "text", text: JSON.stringify(await agreement(queue, minVotes)) }] }),
);

server.registerTool(
  "export_labels",
  {
    description: "Export the tasks of a queue carrying one of the given labels",
    inputSchema: { queue: queueName, labels: z.array(z.string()).min(1).max(20) },
  },
  async ({ queue, labels }) => ({ content: [{ type: "text", text: JSON.stringify(await exportLabels(queue, labels)) }] }),
);

await server.connect(new StdioServerTransport());
