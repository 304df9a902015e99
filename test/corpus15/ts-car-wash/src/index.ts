import express from "express";
import cors from "cors";
import https from "node:https";
import vm from "node:vm";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------
// configuration
// ---------------------------------------------------------------------------

// ok: hardcoded-secret
const CONTROLLER_API_KEY = process.env.WASH_CONTROLLER_KEY ?? "";
const MCP_TOKEN = process.env.CARWASH_MCP_TOKEN ?? "";
const RECEIPTS_DIR = path.resolve(process.env.RECEIPTS_DIR ?? "/srv/carwash/receipts");
const CONTROLLER = "https://controller.bay-net.local:8443";

// ok: tls-verification-disabled
const controllerAgent = new https.Agent({ ca: readFileSync(process.env.CONTROLLER_CA ?? "/etc/carwash/controller-ca.pem"), keepAlive: true });

const PROGRAMS = {
  basic: { minutes: 6, price: 8 },
  deluxe: { minutes: 10, price: 14 },
  ceramic: { minutes: 14, price: 22 },
} as const;

const PROGRAM_SURCHARGE: Record<keyof typeof PROGRAMS, string> = {
  basic: "0",
  deluxe: "minutes > 10 ? 2 : 0",
  ceramic: "Math.ceil(minutes / 5) * 1.5",
};

const LOYALTY_RULE = "visits >= 10 ? 'free-wash' : visits >= 5 ? 'discount' : 'none'";
const MEMBER_PRICE = "base * (member ? 0.8 : 1) + (dryer ? 2 : 0)";

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

async function controllerRequest(pathname: string, body?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      new URL(pathname, CONTROLLER),
      { method: body ? "POST" : "GET", agent: controllerAgent, headers: { "x-api-key": CONTROLLER_API_KEY, "content-type": "application/json" } },
      (res) => {
        let data = "";
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve(data ? JSON.parse(data) : {}));
      },
    );
    req.on("error", reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

function receiptPath(name: string): string {
  const abs = path.resolve(RECEIPTS_DIR, name);
  if (path.relative(RECEIPTS_DIR, abs).startsWith("..") || path.isAbsolute(path.relative(RECEIPTS_DIR, abs))) throw new Error("not a receipt");
  return abs;
}

const ok = (text: string) => ({ content: [{ type: "text" as const, text }] });

// ---------------------------------------------------------------------------
// tools
// ---------------------------------------------------------------------------

function buildServer(): McpServer {
  const server = new McpServer({ name: "car-wash", version: "1.5.0" });

  server.tool("bays", "Status of every wash bay", async () => {
    const bays = (await controllerRequest("/api/bays")) as Array<{ id: number; state: string; program?: string }>;
    return ok(bays.map((b) => `bay ${b.id}: ${b.state}${b.program ? ` (${b.program})` : ""}`).join("\n"));
  });

  server.tool("start_wash", "Start a program on a bay", { bay: z.number().int().min(1).max(6), program: z.enum(["basic", "deluxe", "ceramic"]) }, async ({ bay, program }) => {
    await controllerRequest(`/api/bays/${bay}/start`, { program, minutes: PROGRAMS[program].minutes });
    return ok(`bay ${bay}: ${program} started`);
  });

  server.tool(
    "price",
    "Price of a wash for a customer",
    { program: z.enum(["basic", "deluxe", "ceramic"]), member: z.boolean().default(false), dryer: z.boolean().default(false) },
    async ({ program, member, dryer }) => {
      const base = PROGRAMS[program].price;
      // ok: tool-input-to-eval
      const calc = new Function("base", "member", "dryer", `return ${MEMBER_PRICE};`);
      const minutes = PROGRAMS[program].minutes;
      // ok: tool-input-to-eval
      const surcharge = new Function("minutes", `return ${PROGRAM_SURCHARGE[program]};`)(minutes) as number;
      return ok(`$${(calc(base, member, dryer) + surcharge).toFixed(2)}`);
    },
  );

  server.tool("loyalty_status", "Loyalty reward for a number of visits", { visits: z.number().int().min(0) }, async ({ visits }) => {
    // ok: tool-input-to-eval
    const reward = vm.runInNewContext(LOYALTY_RULE, { visits }, { timeout: 20 });
    return ok(`reward: ${reward}`);
  });

  server.tool("receipt", "Read a receipt by its file name", { name: z.string() }, async ({ name }) => {
    // ok: tool-input-to-path
    return ok(await readFile(receiptPath(name), "utf8"));
  });

  server.tool("chemical_levels", "Soap, wax and foam tank levels", async () => {
    const t = (await controllerRequest("/api/tanks")) as Record<string, number>;
    return ok(Object.entries(t).map(([k, v]) => `${k}: ${v}%`).join("\n"));
  });

  server.tool("print_receipt", "Print a receipt on the kiosk printer", { name: z.string(), copies: z.number().int().min(1).max(3).default(1) }, async ({ name, copies }) => {
    // ok: tool-input-to-shell
    await execFileAsync("lp", ["-n", String(copies), "-d", "kiosk", receiptPath(name)]);
    return ok("printing");
  });

  server.registerTool(
    "daily_takings",
    { description: "Takings of a day per program", inputSchema: { day: z.string().date() }, annotations: { readOnlyHint: true } },
    async ({ day }) => {
      const rows = (await controllerRequest(`/api/takings?day=${encodeURIComponent(day)}`)) as Array<{ program: string; count: number; total: number }>;
      return ok(rows.map((r) => `${r.program}: ${r.count} washes, $${r.total.toFixed(2)}`).join("\n"));
    },
  );

  return server;
}

// ---------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://dashboard.sparkle-carwash.com"], credentials: true }));
app.use(express.json());
app.use("/mcp", (req, res, next) => {
  if (!MCP_TOKEN || req.headers.authorization !== `Bearer ${MCP_TOKEN}`) return res.status(401).end();
  next();
});

app.post("/mcp", async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 3200), "127.0.0.1");
