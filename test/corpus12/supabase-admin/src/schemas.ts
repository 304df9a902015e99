import { z } from "zod";

export const TABLES = ["profiles", "orders", "subscriptions", "audit_log"] as const;

export const SelectRowsArgs = z.object({
  table: z.enum(TABLES),
  filter: z.string().optional().describe("SQL condition, e.g. status = 'active'"),
  limit: z.number().int().min(1).max(500).default(50),
});

export const CountArgs = z.object({
  kind: z.enum(["users", "paying", "churned"]),
  since: z.string().date(),
});

export const FindUserArgs = z.object({ email: z.string().email() });

export const RpcArgs = z.object({
  fn: z.string(),
  // ruleid: weak-input-schema
  params: z.array(z.any()).default([]),
});

export const toolJsonSchemas = {
  select_rows: {
    type: "object",
    properties: {
      table: { type: "string", enum: [...TABLES] },
      filter: { type: "string" },
      limit: { type: "integer", minimum: 1, maximum: 500 },
    },
    required: ["table"],
  },
  count_users: {
    type: "object",
    properties: { kind: { type: "string", enum: ["users", "paying", "churned"] }, since: { type: "string", format: "date" } },
    required: ["kind", "since"],
  },
  find_user: { type: "object", properties: { email: { type: "string", format: "email" } }, required: ["email"] },
  call_rpc: {
    type: "object",
    properties: { fn: { type: "string" }, params: { type: "array" } },
    required: ["fn"],
  },
} as const;
