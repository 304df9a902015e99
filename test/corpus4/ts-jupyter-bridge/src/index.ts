// Jupyter bridge MCP server (stdio): list notebooks, read cells, quick expressions, kernels.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import vm from "node:vm";
import { evaluate } from "mathjs";
import { z } from "zod";
import { client, cellSource, type NotebookCell } from "./jupyter.js";

const NOTEBOOK_ROOT = path.resolve(process.env.NOTEBOOK_ROOT ?? `${process.env.HOME}/notebooks`);
const api = client();
const server = new McpServer({ name: "jupyter-bridge", version: "0.2.5" });

server.tool("list_notebooks", { dir: z.string().default("") }, { readOnlyHint: true }, async ({ dir }) => {
  const { data } = await api.get(`/api/contents/${encodeURIComponent(dir)}`, { params: { content: 1 } });
  const names = (data.content as { name: string; type: string }[]).filter((e) => e.type === "notebook").map((e) => e.name);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

server.tool(
  "read_local_notebook",
  "Read the code cells of a notebook stored on this machine.",
  { notebook: z.string() },
  async ({ notebook }) => {
    // ruleid: tool-input-to-path
    const raw = await readFile(path.join(NOTEBOOK_ROOT, notebook), "utf8");
    const cells = (JSON.parse(raw).cells as NotebookCell[]).filter((c) => c.cell_type === "code").map(cellSource);
    return { content: [{ type: "text", text: cells.join("\n\n# ---\n\n") }] };
  },
);

server.tool(
  "read_notebook_outputs",
  "Read the outputs of a notebook under the notebook root.",
  { notebook: z.string() },
  async ({ notebook }) => {
    const full = path.resolve(NOTEBOOK_ROOT, notebook);
    if (!full.startsWith(NOTEBOOK_ROOT + path.sep) || !full.endsWith(".ipynb")) {
      return { isError: true, content: [{ type: "text", text: "notebook must be an .ipynb under the notebook root" }] };
    }
    // ok: tool-input-to-path
    const raw = await readFile(full, "utf8");
    const outputs = (JSON.parse(raw).cells as NotebookCell[]).flatMap((c) => c.outputs ?? []);
    return { content: [{ type: "text", text: JSON.stringify(outputs).slice(0, 50000) }] };
  },
);

server.tool(
  "quick_eval",
  "Evaluate a small JavaScript expression against the variables of the last cell output (sandboxed).",
  { expression: z.string().max(2000), variables: z.record(z.string(), z.number()).default({}) },
  async ({ expression, variables }) => {
    const sandbox = vm.createContext({ ...variables, Math });
    // ruleid: tool-input-to-eval
    const value = vm.runInContext(expression, sandbox, { timeout: 1000 });
    return { content: [{ type: "text", text: String(value) }] };
  },
);

server.tool(
  "unit_math",
  "Evaluate a math expression with units, e.g. '12 kg * 9.81 m/s^2 to N'.",
  { expression: z.string().max(500) },
  async ({ expression }) => {
    // ok: tool-input-to-eval
    const result = evaluate(expression);
    return { content: [{ type: "text", text: result.toString() }] };
  },
);

server.tool(
  "restart_kernel",
  "Restart a running kernel by id (clears its state).",
  { kernelId: z.string().uuid() },
  { destructiveHint: true },
  async ({ kernelId }) => {
    await api.post(`/api/kernels/${kernelId}/restart`);
    return { content: [{ type: "text", text: `kernel ${kernelId} restarted` }] };
  },
);

await server.connect(new StdioServerTransport());
