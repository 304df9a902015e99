const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const shell = require("shelljs");
const { spawn } = require("child_process");
const { z } = require("zod");
const sox = require("./sox.cjs");

const server = new McpServer({ name: "sox-audio", version: "0.4.0" });
shell.config.silent = true;

server.tool(
  "trim",
  "Cuts a clip out of an audio file.",
  { input: z.string(), output: z.string(), start: z.string().default("0"), duration: z.string() },
  async ({ input, output, start, duration }) => {
    // ruleid: tool-input-to-shell
    const res = shell.exec(`sox ${input} ${output} trim ${start} ${duration}`);
    if (res.code !== 0) return { content: [{ type: "text", text: res.stderr }], isError: true };
    return { content: [{ type: "text", text: `wrote ${output}` }] };
  },
);

server.tool(
  "normalize",
  "Normalises loudness to -1 dBFS.",
  { input: z.string(), output: z.string() },
  async ({ input, output }) => {
    const code = await new Promise((resolve) => {
      // ok: tool-input-to-shell
      const child = spawn("sox", ["--norm=-1", input, output], { stdio: ["ignore", "ignore", "inherit"] });
      child.on("close", resolve);
    });
    return { content: [{ type: "text", text: code === 0 ? `normalised into ${output}` : `sox exited with ${code}` }], isError: code !== 0 };
  },
);

server.tool(
  "concat",
  "Joins several clips into one file, in order.",
  { inputs: z.array(z.string()).min(2).max(50), output: z.string() },
  async ({ inputs, output }) => {
    const log = await sox.concat(inputs, output);
    return { content: [{ type: "text", text: log || `joined ${inputs.length} clips` }] };
  },
);

server.tool(
  "stats",
  "Peak, RMS and length of an audio file.",
  { input: z.string() },
  async ({ input }) => ({ content: [{ type: "text", text: await sox.stats(input) }] }),
);

server.tool(
  "effect_chain",
  "Applies a named effect preset.",
  { input: z.string(), output: z.string(), preset: z.enum(Object.keys(sox.PRESETS)) },
  async ({ input, output, preset }) => {
    const child = spawn("sox", [input, output, ...sox.PRESETS[preset]]);
    const code = await new Promise((r) => child.on("close", r));
    return { content: [{ type: "text", text: `effect ${preset}: exit ${code}` }] };
  },
);

server.connect(new StdioServerTransport());
