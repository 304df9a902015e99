#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { exec, execFile, execSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { PRESETS, queue, type Job } from "./queue.js";

const execFileAsync = promisify(execFile);
const run = promisify(exec);

const server = new Server({ name: "transcode-queue", version: "0.9.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "enqueue",
      description: "Queue a video for transcoding with HandBrake.",
      inputSchema: {
        type: "object",
        properties: {
          source: { type: "string" },
          preset: { type: "string", enum: Object.keys(PRESETS) },
        },
        required: ["source", "preset"],
      },
    },
    { name: "list_jobs", description: "Jobs in the queue.", inputSchema: { type: "object", properties: {} } },
    {
      name: "probe",
      description: "Duration and streams of a media file.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
    {
      name: "thumbnail",
      description: "Grab a thumbnail at a timestamp.",
      inputSchema: { type: "object", properties: { source: { type: "string" }, at: { type: "string" } }, required: ["source", "at"] },
    },
  ],
}));

function text(t: string) {
  return { content: [{ type: "text" as const, text: t }] };
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = (request.params.arguments ?? {}) as Record<string, any>;

  switch (name) {
    case "enqueue": {
      const { source, preset } = args;
      const flags = PRESETS[preset];
      if (!flags) return { ...text(`unknown preset ${preset}`), isError: true };
      const job: Job = { id: randomUUID(), source, preset, state: "queued" };
      queue.push(job);
      const out = `${source}.${preset}.mkv`;
      // ruleid: tool-input-to-shell
      execSync(`HandBrakeCLI -i "${source}" -o "${out}" ${flags.join(" ")}`, { stdio: "ignore" });
      job.state = "done";
      return text(`job ${job.id} finished`);
    }
    case "list_jobs":
      return text(JSON.stringify(queue, null, 2));
    case "probe": {
      const file = String(args.file);
      // ok: tool-input-to-shell
      const { stdout } = await execFileAsync("ffprobe", ["-v", "error", "-show_format", "-show_streams", "-of", "json", file]);
      return text(stdout);
    }
    case "thumbnail": {
      const target = `/tmp/thumb-${Date.now()}.jpg`;
      // ruleid: tool-input-to-shell
      await run("ffmpeg -y -ss " + args.at + " -i '" + args.source + "' -frames:v 1 " + target);
      return text(`thumbnail written to ${target}`);
    }
    default:
      return { ...text(`unknown tool ${name}`), isError: true };
  }
});

const transport = new StdioServerTransport();
await server.connect(transport);
console.error("transcode-queue listening on stdio");
