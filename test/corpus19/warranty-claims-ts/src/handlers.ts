import { z } from "zod";
import serialize from "node-serialize";
import yaml from "js-yaml";
import { textResult, withDebugErrors, withErrorHandling, type Handler } from "./wrap.js";

const Claim = z.object({
  serial: z.string().regex(/^[A-Z0-9]{8,16}$/),
  purchaseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fault: z.string().max(2000),
});

const claims: Array<z.infer<typeof Claim> & { id: number; state: string }> = [];

const fileClaim: Handler = async (args) => {
  const claim = Claim.parse(args);
  const id = claims.push({ ...claim, id: claims.length + 1, state: "open" });
  return textResult(`claim #${id} filed for ${claim.serial}`);
};

const importDealerBatch: Handler = async (args) => {
  const payload = String(args?.payload ?? "");
  // ruleid: unsafe-deserialization
  const batch = serialize.unserialize(Buffer.from(payload, "base64").toString("utf8"));
  const items = Array.isArray(batch) ? batch : [batch];
  return textResult(`imported ${items.length} dealer claims`);
};

const importDealerJson: Handler = async (args) => {
  const { payload } = z.object({ payload: z.string().max(1_000_000) }).parse(args);
  // ok: unsafe-deserialization
  const items = JSON.parse(payload) as unknown[];
  return textResult(`imported ${items.length} dealer claims`);
};

const loadCoverageTable: Handler = async (args) => {
  const { table } = z.object({ table: z.string().max(100_000) }).parse(args);
  // ok: unsafe-deserialization
  const doc = yaml.load(table, { schema: yaml.JSON_SCHEMA }) as Record<string, number>;
  return textResult(`coverage months: ${Object.keys(doc).length} product lines`);
};

const supplierStatus: Handler = async (args) => {
  const supplier = z.object({ supplier: z.enum(["bosch", "miele", "siemens"]) }).parse(args).supplier;
  const res = await fetch(`https://partners.warrantyhub.example/${supplier}/status`);
  if (!res.ok) throw new Error(`supplier ${supplier} answered ${res.status}`);
  return textResult(await res.text());
};

export const toolHandlers: Record<string, Handler> = {
  file_claim: withErrorHandling(fileClaim),
  import_dealer_batch: withErrorHandling(importDealerBatch),
  import_dealer_json: withErrorHandling(importDealerJson),
  load_coverage_table: withErrorHandling(loadCoverageTable),
  supplier_status: withDebugErrors(supplierStatus),
};
