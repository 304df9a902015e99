// ffmpeg studio MCP server (low-level Server API over stdio).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { exec } from "node:child_process";
import { z } from "zod";
import { probe, transcode, trim, type Preset } from "./ffmpeg.js";

const MEDIA = process.env.MEDIA_DIR ?? "/media/library";

const server = new Server({ name: "ffmpeg-studio", version: "0.3.0" }, { capabilities: { tools: {} } });

const TranscodeArgs = z.object({
  input: z.string(),
  output: z.string(),
  preset: z.enum(["web-720p", "web-1080p", "audio-mp3", "gif"]),
});

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "probe", description: "Show streams and format of a media file.", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
    {
      name: "transcode",
      description: "Transcode a file with a named preset.",
      inputSchema: {
        type: "object",
        properties: {
          input: { type: "string" },
          output: { type: "string" },
          preset: { type: "string", enum: ["web-720p", "web-1080p", "audio-mp3", "gif"] },
        },
        required: ["input", "output", "preset"],
      },
    },
    {
      name: "trim",
      description: "Cut a clip: start (hh:mm:ss) and duration in seconds.",
      inputSchema: { type: "object", properties: { input: { type: "string" }, start: { type: "string" }, duration: { type: "string" }, output: { type: "string" } } },
    },
    {
      name: "waveform",
      description: "Render an audio waveform PNG.",
      inputSchema: { type: "object", properties: { input: { type: "string" }, color: { type: "string" } } },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
  const name = request.params.name;
  if (name === "probe") {
    const file = String(request.params.arguments?.file ?? "");
    return { content: [{ type: "text", text: JSON.stringify(probe(file)) }] };
  }
  if (name === "transcode") {
    const args = TranscodeArgs.parse(request.params.arguments);
    const code = await transcode(args.input, args.output, args.preset as Preset, (line) => {
      // ruleid: stdout-in-stdio-server
      if (line.includes("time=")) console.log(line.trim());
    });
    return { content: [{ type: "text", text: `ffmpeg exited with ${code}` }] };
  }
  if (name === "trim") {
    // ruleid: weak-input-schema
    const { input, start, duration, output } = request.params.arguments as any;
    const log = trim(input, start, duration, output);
    return { content: [{ type: "text", text: log || "trimmed" }] };
  }
  if (name === "waveform") {
    const { input, color } = (request.params.arguments ?? {}) as { input: string; color?: string };
    const filter = `showwavespic=s=1200x240:colors=${color ?? "0x3366ff"}`;
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      exec(`ffmpeg -y -i ${MEDIA}/${input} -filter_complex "${filter}" -frames:v 1 ${MEDIA}/waveform.png`, (err, _out, stderr) => {
        resolve({ isError: !!err, content: [{ type: "text", text: err ? "waveform failed" : "waveform.png written" }] });
        if (err) process.stderr.write(stderr);
      });
    });
  }
  throw new Error(`unknown tool: ${name}`);
});

await server.connect(new StdioServerTransport());
