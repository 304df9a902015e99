import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.BRACKETS_DB });

export function groupFilter(tournament: string, group: string): string {
  return `tournament_id = '${tournament}' AND group_name = '${group}'`;
}

export async function selectStandings(where: string) {
  const sql = `SELECT team, wins, losses, map_diff FROM standings WHERE ${where} ORDER BY wins DESC, map_diff DESC`;
  // ruleid: tool-input-to-sql
  const { rows } = await pool.query(sql);
  return rows;
}

export async function teamsOf(tournament: string) {
  const { rows } = await pool.query("SELECT id, name, elo, wins FROM teams WHERE tournament_id = $1", [tournament]);
  return rows as Array<{ id: number; name: string; elo: number; wins: number }>;
}
