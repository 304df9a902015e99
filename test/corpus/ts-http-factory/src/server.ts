import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { readFile, writeFile, appendFile } from "node:fs/promises";
import { execFile, exec } from "node:child_process";
import path from "node:path";
import { z } from "zod";

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? "./data");
const IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[\w.-]{1,128})?$/;

function createServer(): McpServer {
  const server = new McpServer({ name: "remote-tools", version: "1.0.0" }, { capabilities: { logging: {} } });

  server.registerTool(
    "append_journal",
    { description: "Append an entry to a journal", inputSchema: { journal: z.string(), entry: z.string() } },
    async ({ journal, entry }) => {
      await appendFile(`${DATA_DIR}/${journal}.log`, `${new Date().toISOString()} ${entry}\n`); // FLAW tool-input-to-path
      return { content: [{ type: "text", text: "appended" }] };
    }
  );

  server.registerTool(
    "read_journal",
    { description: "Read a journal", inputSchema: { journal: z.enum(["work", "personal", "ideas"]) } },
    async ({ journal }) => {
      const text = await readFile(path.join(DATA_DIR, `${journal}.log`), "utf8"); // SAFE tool-input-to-path
      return { content: [{ type: "text", text }] };
    }
  );

  server.registerTool(
    "pull_image",
    { description: "Pull a container image", inputSchema: { image: z.string() } },
    async ({ image }) => {
      if (!IMAGE_NAME.test(image)) throw new Error("invalid image reference");
      const out = await new Promise<string>((resolve, reject) =>
        exec(`docker pull ${image}`, (err, stdout) => (err ? reject(err) : resolve(stdout))) // SAFE tool-input-to-shell
      );
      return { content: [{ type: "text", text: out }] };
    }
  );

  server.registerTool(
    "image_history",
    { description: "History of a container image", inputSchema: { image: z.string() } },
    async ({ image }) => {
      const out = await new Promise<string>((resolve, reject) =>
        exec("docker history --no-trunc " + image, (err, stdout) => (err ? reject(err) : resolve(stdout))) // FLAW tool-input-to-shell
      );
      return { content: [{ type: "text", text: out }] };
    }
  );

  server.registerTool(
    "save_config",
    { description: "Save a config file", inputSchema: { name: z.string().regex(/^[a-z0-9-]+$/), json: z.string() } },
    async ({ name, json }) => {
      const parsed = JSON.parse(json);
      await writeFile(path.join(DATA_DIR, "configs", `${name}.json`), JSON.stringify(parsed, null, 2)); // SAFE tool-input-to-path
      return { content: [{ type: "text", text: "saved" }] };
    }
  );

  server.registerTool(
    "image_labels",
    { description: "Labels of an image", inputSchema: { image: z.string() } },
    async ({ image }) => {
      const out = await new Promise<string>((resolve, reject) => {
        execFile("docker", ["image", "inspect", "--format", "{{json .Config.Labels}}", image], (err, stdout) => (err ? reject(err) : resolve(stdout))); // SAFE tool-input-to-shell
      });
      return { content: [{ type: "text", text: out }] };
    }
  );

  return server;
}

const app = express();
app.use(express.json());
const transports: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  let transport = sessionId ? transports[sessionId] : undefined;
  if (!transport && isInitializeRequest(req.body)) {
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => { transports[id] = transport!; },
    });
    await createServer().connect(transport);
  }
  if (!transport) {
    res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No valid session" }, id: null });
    return;
  }
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 3000));
