import express from "express";
import jwt from "jsonwebtoken";
import * as cp from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { bookFitting, tyresByBrand, tyresBySize } from "./db.js";

const SUPPLIER_API = "https://api.tyre-wholesale.eu/v3";
const SHOP_PUBLIC_KEY = process.env.SHOP_JWT_PUBLIC_KEY;

function buildServer() {
  const server = new McpServer({ name: "tyre-shop", version: "1.2.0" });

  server.tool("tyres_by_size", "Tyres in stock for a size like 205/55R16", { size: z.string().regex(/^[0-9]{3}\/[0-9]{2}R[0-9]{2}$/), season: z.enum(["summer", "winter", "all-season"]) }, async ({ size, season }) => {
    const rows = await tyresBySize(size, season);
    return { content: [{ type: "text", text: rows.map((r) => `${r.sku} ${r.brand} ${r.model} €${r.price_cents / 100} (${r.stock})`).join("\n") }] };
  });

  server.tool("tyres_by_brand", "Tyres of a brand", { brand: z.string() }, async ({ brand }) => {
    const rows = await tyresByBrand(brand);
    return { content: [{ type: "text", text: rows.map((r) => `${r.sku} ${r.model}`).join("\n") }] };
  });

  server.tool(
    "quote",
    "Price a set of tyres with the shop's pricing formula (variables: price, qty)",
    { sku: z.string(), qty: z.number().int().min(1).max(8), price: z.number(), formula: z.string().default("price * qty + 15 * qty") },
    async ({ qty, price, formula }) => {
      // ruleid: tool-input-to-eval
      const calc = new Function("price", "qty", `return ${formula};`);
      return { content: [{ type: "text", text: `€${Number(calc(price, qty)).toFixed(2)}` }] };
    },
  );

  server.tool("print_label", "Print a storage label for a customer's tyre set", { sku: z.string(), plate: z.string() }, async ({ sku, plate }) => {
    // ok: tool-input-to-shell
    const child = cp.spawn("label-printer", ["--sku", sku, "--plate", plate], { shell: false });
    await new Promise((resolve) => child.on("close", resolve));
    return { content: [{ type: "text", text: "label printed" }] };
  });

  server.tool("print_invoice", "Send an invoice PDF to a printer", { printer: z.string(), file: z.string() }, async ({ printer, file }) => {
    // ruleid: tool-input-to-shell
    cp.execSync(`lp -d ${printer} /var/spool/tyres/invoices/${file}`);
    return { content: [{ type: "text", text: "sent to printer" }] };
  });

  server.tool("supplier_stock", "Wholesale stock for a SKU", { sku: z.string() }, async ({ sku }, extra) => {
    const res = await fetch(`${SUPPLIER_API}/stock/${encodeURIComponent(sku)}`, {
      // ruleid: token-passthrough
      headers: { Authorization: extra.requestInfo?.headers?.authorization ?? "" },
    });
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool("book_fitting", "Book a fitting bay", { bay: z.number().int().min(1).max(4), slot: z.string().datetime(), plate: z.string().max(10) }, async ({ bay, slot, plate }) => {
    await bookFitting(bay, slot, plate);
    return { content: [{ type: "text", text: `bay ${bay} booked at ${slot}` }] };
  });

  return server;
}

function staffOnly(req, res, next) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    // ok: jwt-verification-disabled
    req.staff = jwt.verify(token, SHOP_PUBLIC_KEY, { algorithms: ["RS256"], audience: "tyre-shop-mcp" });
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

function kioskOnly(req, res, next) {
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode((req.headers["x-kiosk-token"] ?? "").toString());
  if (!claims || claims.role !== "kiosk") return res.status(403).end();
  next();
}

const app = express();
app.use(express.json());

app.post("/mcp", staffOnly, async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get("/kiosk/queue", kioskOnly, (_req, res) => res.json({ waiting: 3 }));

app.listen(Number(process.env.PORT ?? 3100), "127.0.0.1");
