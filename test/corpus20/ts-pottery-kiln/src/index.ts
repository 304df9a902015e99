import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile } from "node:fs/promises";
import { makeKilnTools } from "./kiln.js";
import { ScheduleSchema, type KilnConfig } from "./schemas.js";

const defaults: KilnConfig = { controllerBase: "http://10.20.0.15", maxTempC: 1300, logDir: "/var/kiln/logs" };

const server = new McpServer({ name: "pottery-kiln", version: "1.0.3" });

for (const tool of makeKilnTools(defaults)) {
  server.tool(tool.name, tool.description, tool.shape, tool.run);
}

server.resource(
  "firing-log",
  new ResourceTemplate("kiln://logs/{firingId}", { list: undefined }),
  async (uri, { firingId }) => {
    // ruleid: tool-input-to-path
    const text = await readFile(`${defaults.logDir}/${firingId}.csv`, "utf8");
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.prompt(
  "glaze_firing_plan",
  "Plan a glaze firing for a cone",
  { cone: z.string(), clayBody: z.string() },
  ({ cone, clayBody }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Plan a cone ${cone} glaze firing for ${clayBody}, with a slow cool.` } }],
  }),
);

server.tool("validate_schedule", "Check a firing schedule", { schedule: ScheduleSchema }, async ({ schedule }) => {
  const peak = Math.max(...schedule.segments.map((s) => s.targetC));
  return { content: [{ type: "text", text: peak > defaults.maxTempC ? "too hot" : "ok" }] };
});

await server.connect(new StdioServerTransport());
