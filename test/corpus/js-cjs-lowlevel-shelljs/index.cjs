const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const shell = require("shelljs");
const fse = require("fs-extra");
const path = require("path");
const serialize = require("node-serialize");

const PROJECTS = path.resolve(process.env.PROJECTS_DIR || "./projects");

const server = new Server({ name: "project-scaffolder", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => {
  return {
    tools: [
      { name: "scaffold", description: "Create a project from a template", inputSchema: { type: "object", properties: { template: { type: "string" }, name: { type: "string" } }, required: ["template", "name"] } },
      { name: "install_deps", description: "Install dependencies of a project", inputSchema: { type: "object", properties: { project: { type: "string" } }, required: ["project"] } },
      { name: "show_readme", description: "Show the README of a project", inputSchema: { type: "object", properties: { project: { type: "string" } }, required: ["project"] } },
      { name: "remove_project", description: "Delete a project", inputSchema: { type: "object", properties: { project: { type: "string" } }, required: ["project"] } },
      { name: "import_settings", description: "Import serialized editor settings", inputSchema: { type: "object", properties: { data: { type: "string" } }, required: ["data"] } },
    ],
  };
});

function projectDir(name) {
  const dir = path.resolve(PROJECTS, name);
  if (path.relative(PROJECTS, dir).startsWith("..")) throw new Error("invalid project name");
  return dir;
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments || {};

  if (request.params.name === "scaffold") {
    const dest = path.join(PROJECTS, args.name);
    await fse.copy(path.join(__dirname, "templates", args.template), dest); // FLAW tool-input-to-path
    shell.exec(`cd ${dest} && git init -q`); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: `created ${dest}` }] };
  }

  if (request.params.name === "install_deps") {
    const dir = projectDir(args.project);
    const result = shell.exec("npm install --no-audit", { cwd: dir, silent: true }); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: result.stdout }] };
  }

  if (request.params.name === "show_readme") {
    const text = shell.cat(path.join(PROJECTS, args.project, "README.md")).toString(); // FLAW tool-input-to-path
    return { content: [{ type: "text", text }] };
  }

  if (request.params.name === "remove_project") {
    const dir = projectDir(args.project);
    await fse.remove(dir); // SAFE tool-input-to-path
    return { content: [{ type: "text", text: `removed ${args.project}` }] };
  }

  if (request.params.name === "import_settings") {
    const settings = serialize.unserialize(Buffer.from(args.data, "base64").toString()); // FLAW unsafe-deserialization
    await fse.writeJson(path.join(PROJECTS, ".settings.json"), settings);
    return { content: [{ type: "text", text: "settings imported" }] };
  }

  throw new Error("Unknown tool " + request.params.name);
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
