import { QueryTypes, type Sequelize } from "sequelize";

const SORTABLE: Record<string, string> = { started: "start_time", closed: "close_time", type: "workflow_type_name" };

export async function searchExecutions(db: Sequelize, opts: { type?: string; status?: string; sort: string; limit: number }) {
  const order = SORTABLE[opts.sort] ?? "start_time";
  // ok: tool-input-to-sql
  return db.query(`SELECT workflow_id, run_id, workflow_type_name, status, start_time FROM executions_visibility WHERE (:type IS NULL OR workflow_type_name = :type) AND (:status IS NULL OR status = :status) ORDER BY ${order} DESC LIMIT :limit`, { replacements: { type: opts.type ?? null, status: opts.status ?? null, limit: opts.limit }, type: QueryTypes.SELECT });
}

export async function countByType(db: Sequelize, prefix: string) {
  const like = prefix + "%";
  // ruleid: tool-input-to-sql
  return db.query("SELECT workflow_type_name, COUNT(*) FROM executions_visibility WHERE workflow_type_name LIKE '" + like + "' GROUP BY 1", { type: QueryTypes.SELECT });
}
