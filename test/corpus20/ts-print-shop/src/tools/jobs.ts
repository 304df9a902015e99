import { readFile } from "node:fs/promises";
import path from "node:path";
import { BaseTool, type JsonSchema } from "./base.js";
import { QueryBuilder, runQuery, type Db } from "../services/db.js";

const PROOF_ROOT = path.resolve(process.env.PROOF_ROOT ?? "/var/printshop/proofs");
const STOCKS = ["silk-350", "uncoated-120", "kraft-300", "gloss-170"] as const;

export class JobLookupTool extends BaseTool {
  readonly name = "job_lookup";
  readonly description = "Look up a print job by its docket number";
  readonly inputSchema: JsonSchema = {
    type: "object",
    properties: { docket: { type: "string", pattern: "^D[0-9]{5}$" } },
    required: ["docket"],
    additionalProperties: false,
  };

  constructor(private readonly db: Db) {
    super();
  }

  async execute(args: Record<string, unknown>): Promise<string> {
    const docket = this.str(args, "docket");
    // ok: tool-input-to-sql
    const row = this.db.prepare("SELECT * FROM jobs WHERE docket = ?").get(docket);
    return row ? JSON.stringify(row) : `no job ${docket}`;
  }
}

export class JobSearchTool extends BaseTool {
  readonly name = "job_search";
  readonly description = "Search jobs by customer and paper stock";
  // ruleid: weak-input-schema
  readonly inputSchema: JsonSchema = { type: "object" };

  constructor(private readonly db: Db) {
    super();
  }

  async execute(args: Record<string, unknown>): Promise<string> {
    const { customer, stock, sort } = args as { customer?: string; stock?: string; sort?: string };
    const qb = new QueryBuilder("jobs");
    if (customer) qb.whereEquals("customer", customer);
    if (stock) qb.where(`stock = '${stock}'`);
    if (sort) qb.order(sort);
    return JSON.stringify(runQuery(this.db, qb.toSql()));
  }
}

export class ReprintTool extends BaseTool {
  readonly name = "reprint_stock_count";
  readonly description = "Count reprints per paper stock";
  readonly inputSchema: JsonSchema = {
    type: "object",
    properties: { stock: { type: "string", enum: [...STOCKS] } },
    required: ["stock"],
  };

  constructor(private readonly db: Db) {
    super();
  }

  async execute(args: Record<string, unknown>): Promise<string> {
    const stock = this.str(args, "stock");
    if (!(STOCKS as readonly string[]).includes(stock)) throw new Error("unknown stock");
    // ok: tool-input-to-sql
    const row = this.db.prepare(`SELECT COUNT(*) AS n FROM reprints WHERE stock = '${stock}'`).get();
    return JSON.stringify(row);
  }
}

export class ProofFileTool extends BaseTool {
  readonly name = "read_proof";
  readonly description = "Read the preflight report of a PDF proof";
  readonly inputSchema: JsonSchema = {
    type: "object",
    properties: { report: { type: "string", maxLength: 200 } },
    required: ["report"],
  };

  async execute(args: Record<string, unknown>): Promise<string> {
    const report = this.str(args, "report");
    const full = path.resolve(PROOF_ROOT, report);
    const rel = path.relative(PROOF_ROOT, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside proof folder");
    // ok: tool-input-to-path
    return readFile(full, "utf8");
  }
}
