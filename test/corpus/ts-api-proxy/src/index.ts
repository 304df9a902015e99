import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const GITHUB_API = "https://api.github.com";
const TEMPLATES_DIR = path.resolve("./templates");
const state = { cwd: process.cwd(), apiBase: GITHUB_API };

const server = new McpServer({ name: "api-proxy", version: "0.9.3" });

server.tool("github_get", "GET a GitHub API path", { apiPath: z.string() }, async ({ apiPath }) => {
  const url = new URL(apiPath, GITHUB_API);
  const res = await fetch(url, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } }); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("github_get_prefixed", "GET a full GitHub API URL", { url: z.string() }, async ({ url }) => {
  if (!url.startsWith("https://api.github.com/")) {
    return { isError: true, content: [{ type: "text", text: "only api.github.com URLs" }] };
  }
  const res = await fetch(url, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } }); // SAFE tool-input-to-url
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("github_get_loose", "GET a GitHub URL", { url: z.string() }, async ({ url }) => {
  if (!url.startsWith("https://api.github.com")) {
    return { isError: true, content: [{ type: "text", text: "only GitHub URLs" }] };
  }
  const res = await axios.get(url, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } }); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
});

server.tool("api_request", "Send a request to an API", { method: z.string(), url: z.string(), data: z.any().optional() }, async ({ method, url, data }) => {
  const res = await axios({ method, url, data, timeout: 15000 }); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
});

server.tool("set_api_base", "Point the client at another API base URL", { base: z.string() }, async ({ base }) => {
  state.apiBase = base;
  return { content: [{ type: "text", text: `API base is now ${base}` }] };
});

server.tool("api_get", "GET a path on the configured API base", { apiPath: z.string() }, async ({ apiPath }) => {
  const res = await fetch(`${state.apiBase}/${apiPath.replace(/^\/+/, "")}`); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("set_cwd", "Change the working directory used by run", { dir: z.string() }, async ({ dir }) => {
  state.cwd = dir;
  return { content: [{ type: "text", text: `cwd is now ${dir}` }] };
});

server.tool("client_get", "GET a path on a configured API", { base: z.string(), resource: z.string() }, async ({ base, resource }) => {
  const client = axios.create({ baseURL: base, timeout: 10000 }); // FLAW tool-input-to-url
  const res = await client.get(`/${encodeURIComponent(resource)}`);
  return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
});

server.tool("run", "Run a command line (program and arguments)", { commandLine: z.string() }, async ({ commandLine }) => {
  const [program, ...rest] = commandLine.split(" ");
  const child = spawn(program, rest, { cwd: state.cwd }); // FLAW tool-input-to-shell
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  await new Promise((r) => child.on("close", r));
  return { content: [{ type: "text", text: out }] };
});

server.tool("read_template", "Read a template by file name", { name: z.string() }, async ({ name }) => {
  const text = await readFile(path.join(TEMPLATES_DIR, path.basename(name)), "utf8"); // SAFE tool-input-to-path
  return { content: [{ type: "text", text }] };
});

server.tool("read_template_any", "Read a template", { name: z.string() }, async ({ name }) => {
  const file = path.isAbsolute(name) ? name : path.join(TEMPLATES_DIR, name);
  const text = await readFile(file, "utf8"); // FLAW tool-input-to-path
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
