import { FastMCP } from "fastmcp";
import { z } from "zod";
import { aggregate, evaluateFormula, legacyMacro } from "./engine.mjs";

const SHEET_TOKEN = process.env.SHEET_MCP_TOKEN;

const server = new FastMCP({
  name: "sheet-formulas",
  version: "1.3.0",
  authenticate: async (request) => {
    const header = request.headers["authorization"];
    if (!SHEET_TOKEN || header !== `Bearer ${SHEET_TOKEN}`) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { user: "sheet-client" };
  },
});

const sheetParam = z.string().describe("The sheet as a JSON array of rows");

server.addTool({
  name: "evaluate_formula",
  description: "Evaluate a spreadsheet formula (SUM, AVERAGE, MIN, MAX, COUNT over ranges) against a sheet",
  parameters: z.object({ formula: z.string().max(500), sheet: sheetParam }),
  execute: async ({ formula, sheet }) => {
    // ok: unsafe-deserialization
    const rows = JSON.parse(sheet);
    return String(evaluateFormula(formula, rows));
  },
});

server.addTool({
  name: "aggregate",
  description: "Apply one aggregate function to a list of numbers",
  parameters: z.object({ fn: z.string(), values: z.array(z.number()).max(10_000) }),
  execute: async ({ fn, values }) => String(aggregate(fn.toUpperCase(), values)),
});

server.addTool({
  name: "run_macro",
  description: "Run a legacy macro (a JS expression that can call cell('A1'))",
  parameters: z.object({ macro: z.string(), sheet: sheetParam }),
  execute: async ({ macro, sheet }) => String(legacyMacro(macro, JSON.parse(sheet))),
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8790 } });
