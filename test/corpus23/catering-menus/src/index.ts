#!/usr/bin/env node
/**
 * Catering menu planner MCP server.
 * Menus, allergen matrices, portion scaling and supplier orders for an events caterer.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express from "express";
import cors from "cors";
import { z } from "zod";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { spawn, exec } from "node:child_process";
import { randomUUID } from "node:crypto";

// ---------------------------------------------------------------- config
const MENU_ROOT = path.resolve(process.env.MENU_ROOT ?? "./menus");
const SUPPLIER_API = process.env.SUPPLIER_API ?? "https://orders.freshsupply.example/api";
const PORT = Number(process.env.PORT ?? 3920);

const ALLERGENS = ["gluten", "crustaceans", "eggs", "fish", "peanuts", "soy", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs"] as const;

interface Dish { id: string; name: string; course: "starter" | "main" | "dessert"; allergens: string[]; portionsPerBatch: number; costPerBatch: number }
interface Menu { event: string; guests: number; dishes: Dish[] }

// ---------------------------------------------------------------- helpers
function resolveMenuPath(rel: string): string {
  const full = path.resolve(MENU_ROOT, rel);
  if (full !== MENU_ROOT && !full.startsWith(MENU_ROOT + path.sep)) {
    throw new Error("menu path outside MENU_ROOT");
  }
  return full;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, "utf8")) as T;
}

function runCommand(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

async function apiRequest<T>(endpoint: string, body?: unknown): Promise<T> {
  const res = await fetch(`${SUPPLIER_API}${endpoint}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", "x-api-key": process.env.SUPPLIER_KEY ?? "" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`supplier API ${res.status}`);
  return (await res.json()) as T;
}

const textResult = (text: string) => ({ content: [{ type: "text" as const, text }] });

// ---------------------------------------------------------------- server
function buildServer(): McpServer {
  const server = new McpServer({ name: "catering-menus", version: "2.3.0" });

  server.tool("list_menus", "List saved event menus", async () => {
    const files = await fs.readdir(MENU_ROOT);
    return textResult(files.filter((f) => f.endsWith(".json")).join("\n"));
  });

  server.tool("get_menu", "Read an event menu", { file: z.string() }, async ({ file }) => {
    // ok: tool-input-to-path
    const menu = await readJson<Menu>(resolveMenuPath(file));
    return textResult(menu.dishes.map((d) => `${d.course}: ${d.name}`).join("\n"));
  });

  server.tool(
    "allergen_matrix",
    "Allergen matrix of a menu (dish x allergen)",
    { file: z.string() },
    async ({ file }) => {
      const menu = await readJson<Menu>(resolveMenuPath(file));
      const header = ["dish", ...ALLERGENS].join(",");
      const rows = menu.dishes.map((d) => [d.name, ...ALLERGENS.map((a) => (d.allergens.includes(a) ? "X" : ""))].join(","));
      return textResult([header, ...rows].join("\n"));
    },
  );

  server.tool(
    "scale_portions",
    "Batches needed per dish for a guest count",
    { file: z.string(), guests: z.number().int().positive() },
    async ({ file, guests }) => {
      const menu = await readJson<Menu>(resolveMenuPath(file));
      const lines = menu.dishes.map((d) => `${d.name}: ${Math.ceil(guests / d.portionsPerBatch)} batches`);
      return textResult(lines.join("\n"));
    },
  );

  server.tool(
    "menu_cost",
    "Food cost of a menu per guest",
    { file: z.string() },
    async ({ file }) => {
      const menu = await readJson<Menu>(resolveMenuPath(file));
      const total = menu.dishes.reduce((s, d) => s + (d.costPerBatch / d.portionsPerBatch), 0);
      return textResult(`${total.toFixed(2)} per guest`);
    },
  );

  server.tool(
    "save_menu",
    "Save a menu under a new name",
    { name: z.string(), menu: z.object({ event: z.string(), guests: z.number(), dishes: z.array(z.any()) }) },
    async ({ name, menu }) => {
      const target = path.join(MENU_ROOT, `${name}.json`);
      // ruleid: tool-input-to-path
      await fs.writeFile(target, JSON.stringify(menu, null, 2));
      return textResult(`saved ${name}`);
    },
  );

  server.tool(
    "print_menu_cards",
    "Render table menu cards to PDF",
    { file: z.string(), template: z.enum(["elegant", "rustic", "modern"]) },
    async ({ file, template }) => {
      const src = resolveMenuPath(file);
      // ok: tool-input-to-shell
      const out = await runCommand("menucards", ["--template", template, "--out", src.replace(/\.json$/, ".pdf"), src]);
      return textResult(out || "rendered");
    },
  );

  server.tool(
    "share_menu",
    "Email a menu PDF to the client",
    { file: z.string(), email: z.string().email() },
    async ({ file, email }) => {
      const pdf = resolveMenuPath(file).replace(/\.json$/, ".pdf");
      await new Promise<void>((resolve, reject) =>
        // ruleid: tool-input-to-shell
        exec(`mail -s "Your menu" -A ${pdf} ${email} < /dev/null`, (err) => (err ? reject(err) : resolve())),
      );
      return textResult(`sent to ${email}`);
    },
  );

  server.registerTool(
    "supplier_prices",
    { description: "Current supplier prices for ingredients", inputSchema: { ingredients: z.array(z.string()).max(50) } },
    async ({ ingredients }) => {
      const prices = await Promise.all(
        // ok: tool-input-to-url
        ingredients.map((i) => apiRequest<{ price: number }>(`/prices/${encodeURIComponent(i)}`)),
      );
      return textResult(ingredients.map((i, n) => `${i}: ${prices[n].price}`).join("\n"));
    },
  );

  server.registerTool(
    "place_order",
    {
      description: "Place a supplier order for an event",
      inputSchema: { event: z.string(), lines: z.array(z.object({ sku: z.string(), qty: z.number().positive() })) },
      annotations: { destructiveHint: false, idempotentHint: false },
    },
    async ({ event, lines }) => {
      const order = await apiRequest<{ id: string }>("/orders", { reference: `${event}-${randomUUID()}`, lines });
      return textResult(`order ${order.id} placed`);
    },
  );

  server.tool("allergen_list", "The 14 declarable allergens", async () => textResult(ALLERGENS.join(", ")));

  server.prompt("tasting_notes", "Draft tasting notes for a dish", { dish: z.string() }, ({ dish }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Write three sentences of tasting notes for: ${dish}` } }],
  }));

  return server;
}

// ---------------------------------------------------------------- http
const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));
app.use(express.json());

app.post("/mcp", async (req, res) => {
  const server = buildServer();
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(PORT, "127.0.0.1", () => console.error(`catering-menus listening on ${PORT}`));
