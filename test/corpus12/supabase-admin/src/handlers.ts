import type { Pool } from "pg";
import { QueryBuilder } from "./db/query.js";
import { CountArgs, FindUserArgs, RpcArgs, SelectRowsArgs, toolJsonSchemas } from "./schemas.js";

export interface Ctx {
  pg: Pool;
}

type Handler = (raw: unknown, ctx: Ctx) => Promise<unknown>;

const COUNT_QUERIES: Record<"users" | "paying" | "churned", string> = {
  users: "auth.users",
  paying: "public.subscriptions",
  churned: "public.cancellations",
};

async function selectRows(raw: unknown, { pg }: Ctx) {
  // ok: weak-input-schema
  const args = SelectRowsArgs.parse(raw);
  const sql = new QueryBuilder(args.table).where(args.filter).orderBy("created_at DESC").limit(args.limit).build();
  // ruleid: tool-input-to-sql
  const { rows } = await pg.query(sql);
  return rows;
}

async function countUsers(raw: unknown, { pg }: Ctx) {
  const { kind, since } = CountArgs.parse(raw);
  const table = COUNT_QUERIES[kind];
  // ok: tool-input-to-sql
  const { rows } = await pg.query(`SELECT count(*)::int AS n FROM ${table} WHERE created_at >= $1`, [since]);
  return rows[0];
}

async function findUser(raw: unknown, { pg }: Ctx) {
  const { email } = FindUserArgs.parse(raw);
  // ok: tool-input-to-sql
  const { rows } = await pg.query("SELECT id, email, created_at, last_sign_in_at FROM auth.users WHERE email = $1", [email]);
  return rows[0] ?? null;
}

async function callRpc(raw: unknown, { pg }: Ctx) {
  const { fn, params } = RpcArgs.parse(raw);
  const list = params.map((p) => `'${String(p)}'`).join(", ");
  // ruleid: tool-input-to-sql
  const { rows } = await pg.query(`SELECT * FROM public.${fn}(${list})`);
  return rows;
}

export const handlers: Record<string, Handler> = {
  select_rows: selectRows,
  count_users: countUsers,
  find_user: findUser,
  call_rpc: callRpc,
};

export const toolDefinitions = Object.entries(toolJsonSchemas).map(([name, inputSchema]) => ({
  name,
  description: `Supabase admin: ${name.replace(/_/g, " ")}`,
  inputSchema,
}));
