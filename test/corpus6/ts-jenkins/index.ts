import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

const JENKINS_URL = process.env.JENKINS_URL ?? "https://ci.internal.example";
const JENKINS_USER = process.env.JENKINS_USER ?? "mcp-bot";
// ruleid: hardcoded-secret
const JENKINS_API_TOKEN = "11f3c8a9d0b74e2a5c6d7e8f9a0b1c2d3e";

// ruleid: tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

const auth = "Basic " + Buffer.from(`${JENKINS_USER}:${JENKINS_API_TOKEN}`).toString("base64");

const BuildArgs = z.object({
  job: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/),
  parameters: z.record(z.string().max(500)).default({}),
});

function jobPath(job: string): string {
  return job.split("/").map((part) => `job/${encodeURIComponent(part)}`).join("/");
}

const server = new Server({ name: "jenkins", version: "0.7.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "trigger_build",
      description: "Trigger a parameterised build of a job.",
      inputSchema: {
        type: "object",
        properties: { job: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } } },
        required: ["job"],
      },
    },
    {
      name: "console_log",
      description: "Console output of a build on any Jenkins controller.",
      inputSchema: {
        type: "object",
        properties: { controller: { type: "string" }, job: { type: "string" }, build: { type: "number" } },
        required: ["controller", "job", "build"],
      },
    },
    { name: "queue", description: "Items waiting in the build queue.", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const name = request.params.name;

  if (name === "trigger_build") {
    // ok: weak-input-schema
    const { job, parameters } = BuildArgs.parse(request.params.arguments);
    const qs = new URLSearchParams(parameters);
    // ok: tool-input-to-url
    const res = await fetch(`${JENKINS_URL}/${jobPath(job)}/buildWithParameters?${qs}`, { method: "POST", headers: { Authorization: auth } });
    return { content: [{ type: "text", text: `queued: ${res.headers.get("location") ?? res.status}` }] };
  }

  if (name === "console_log") {
    // ruleid: weak-input-schema
    const { controller, job, build } = request.params.arguments as { controller: string; job: string; build: number };
    const url = new URL(`/job/${job}/${build}/consoleText`, controller);
    // ruleid: tool-input-to-url
    const res = await fetch(url, { headers: { Authorization: auth } });
    const text = await res.text();
    return { content: [{ type: "text", text: text.slice(-20_000) }] };
  }

  if (name === "queue") {
    const res = await fetch(`${JENKINS_URL}/queue/api/json`, { headers: { Authorization: auth } });
    const data = await res.json();
    return { content: [{ type: "text", text: JSON.stringify(data.items.map((i: any) => ({ id: i.id, why: i.why, task: i.task?.name }))) }] };
  }

  return { content: [{ type: "text", text: `unknown tool: ${name}` }], isError: true };
});

await server.connect(new StdioServerTransport());
