import type { Pool } from "pg";

export interface Deps {
  pool: Pool;
}

type Handler = (deps: Deps, args: Record<string, any>) => Promise<unknown[]>;

const ENTITY_TABLES: Record<string, string> = {
  dashboard: "dashboards",
  chart: "slices",
  dataset: "tables",
};

async function findDashboard({ pool }: Deps, args: Record<string, any>) {
  const slug = String(args.slug);
  // ruleid: tool-input-to-sql
  const res = await pool.query(`SELECT id, dashboard_title, slug, published FROM dashboards WHERE slug = '${slug}'`);
  return res.rows;
}

async function listOwned({ pool }: Deps, args: Record<string, any>) {
  const { owner, limit = 50 } = args;
  // ok: tool-input-to-sql
  const res = await pool.query("SELECT d.id, d.dashboard_title FROM dashboards d JOIN dashboard_user du ON du.dashboard_id = d.id JOIN ab_user u ON u.id = du.user_id WHERE u.username = $1 LIMIT $2", [owner, Number(limit)]);
  return res.rows;
}

async function recentlyChanged({ pool }: Deps, args: Record<string, any>) {
  const entity = String(args.entity);
  const table = Object.hasOwn(ENTITY_TABLES, entity) ? ENTITY_TABLES[entity] : undefined;
  if (!table) throw new Error("entity must be one of " + Object.keys(ENTITY_TABLES).join(", "));
  const days = Math.min(Math.max(parseInt(String(args.days ?? "7"), 10) || 7, 1), 90);
  // ok: tool-input-to-sql
  const res = await pool.query(`SELECT id, changed_on FROM ${table} WHERE changed_on > now() - ($1 || ' days')::interval ORDER BY changed_on DESC`, [days]);
  return res.rows;
}

async function chartsByDatasource({ pool }: Deps, args: Record<string, any>) {
  const ids: string = (args.datasourceIds ?? []).join(",");
  // ruleid: tool-input-to-sql
  const res = await pool.query("SELECT id, slice_name, viz_type FROM slices WHERE datasource_id IN (" + ids + ")");
  return res.rows;
}

export const handlers: Record<string, Handler> = {
  find_dashboard: findDashboard,
  list_owned_dashboards: listOwned,
  recently_changed: recentlyChanged,
  charts_by_datasource: chartsByDatasource,
};

export const toolList = [
  {
    name: "find_dashboard",
    description: "Find a dashboard by its slug",
    inputSchema: { type: "object", properties: { slug: { type: "string" } }, required: ["slug"] },
  },
  {
    name: "list_owned_dashboards",
    description: "Dashboards owned by a user",
    inputSchema: { type: "object", properties: { owner: { type: "string" }, limit: { type: "integer", maximum: 500 } }, required: ["owner"] },
  },
  {
    name: "recently_changed",
    description: "Dashboards, charts or datasets changed in the last N days",
    inputSchema: { type: "object", properties: { entity: { type: "string", enum: ["dashboard", "chart", "dataset"] }, days: { type: "integer" } }, required: ["entity"] },
  },
  {
    name: "charts_by_datasource",
    description: "Charts built on the given datasource ids",
    inputSchema: { type: "object", properties: { datasourceIds: { type: "array", items: { type: "integer" } } } },
  },
];
