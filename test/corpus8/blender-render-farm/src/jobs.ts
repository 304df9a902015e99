import type { Pool } from "pg";

const STATES = ["queued", "rendering", "done", "failed", "cancelled"];

export class JobStore {
  constructor(private readonly pool: Pool) {}

  async insert(spec: { blend: string; frameStart: number; frameEnd: number; engine: string }): Promise<number> {
    // ok: tool-input-to-sql
    const res = await this.pool.query("INSERT INTO jobs (blend, frame_start, frame_end, engine, state) VALUES ($1, $2, $3, $4, 'queued') RETURNING id", [spec.blend, spec.frameStart, spec.frameEnd, spec.engine]);
    return res.rows[0].id;
  }

  async list(filter: { owner?: string; state?: string }) {
    const conds: string[] = [];
    if (filter.owner) conds.push(`owner = '${filter.owner}'`);
    if (filter.state && STATES.includes(filter.state)) conds.push(`state = '${filter.state}'`);
    const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
    // ruleid: tool-input-to-sql
    const res = await this.pool.query(`SELECT id, blend, state, owner FROM jobs ${where} ORDER BY id DESC LIMIT 100`);
    return res.rows;
  }

  async cancel(jobId: number) {
    // ok: tool-input-to-sql
    await this.pool.query("UPDATE jobs SET state = 'cancelled' WHERE id = $1 AND state = 'queued'", [jobId]);
  }
}
