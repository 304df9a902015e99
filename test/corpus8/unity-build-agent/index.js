const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const builds = require("./lib/builds");
const settings = require("./lib/settings");

const server = new McpServer({ name: "unity-build-agent", version: "0.9.2" });

const Target = z.enum(["StandaloneWindows64", "StandaloneLinux64", "Android", "iOS", "WebGL"]);

server.registerTool(
  "build_player",
  {
    description: "Build the player for a target with the project's build method",
    inputSchema: { project: z.string().regex(/^[A-Za-z0-9_-]+$/), target: Target, development: z.boolean().default(false) },
  },
  async (args) => ({ content: [{ type: "text", text: await builds.buildPlayer(args) }] }),
);

server.registerTool(
  "run_editor_method",
  {
    description: "Run a static editor method in batch mode (e.g. addressables rebuild)",
    inputSchema: { project: z.string(), method: z.string(), extraArgs: z.string().default("") },
  },
  async ({ project, method, extraArgs }) => ({ content: [{ type: "text", text: await builds.runMethod(project, method, extraArgs) }] }),
);

server.registerTool(
  "apply_settings",
  {
    description: "Apply player settings given as a JS object literal, e.g. { bundleVersion: '1.2.0' }",
    inputSchema: { project: z.string().regex(/^[A-Za-z0-9_-]+$/), settings: z.string().max(4000) },
  },
  async ({ project, settings: literal }) => ({ content: [{ type: "text", text: settings.applyLiteral(project, literal) }] }),
);

server.registerTool(
  "apply_settings_json",
  {
    description: "Apply player settings given as JSON",
    inputSchema: { project: z.string().regex(/^[A-Za-z0-9_-]+$/), settings: z.string().max(4000) },
  },
  async ({ project, settings: json }) => ({ content: [{ type: "text", text: settings.applyJson(project, json) }] }),
);

server.registerTool(
  "new_upload_token",
  { description: "Create a one-off token for the CDN upload step", inputSchema: {} },
  async () => ({ content: [{ type: "text", text: builds.uploadToken() }] }),
);

server.connect(new StdioServerTransport());
