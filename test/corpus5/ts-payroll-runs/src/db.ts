// Thin wrapper around the payroll Postgres database.
import pg from "pg";

export interface PayRun {
  id: number;
  period: string;
  status: "draft" | "approved" | "paid";
  gross_total: string;
}

export interface Payslip {
  employee_id: string;
  employee_name: string;
  run_id: number;
  gross: string;
  net: string;
  tax: string;
}

const pool = new pg.Pool({
  connectionString: process.env.PAYROLL_DATABASE_URL,
  max: 4,
  idleTimeoutMillis: 10_000,
});

export async function listRuns(limit: number): Promise<PayRun[]> {
  const res = await pool.query<PayRun>(
    "SELECT id, period, status, gross_total FROM pay_runs ORDER BY id DESC LIMIT $1",
    [limit],
  );
  return res.rows;
}

export async function payslipsForRun(runId: number, department?: string): Promise<Payslip[]> {
  if (department) {
    // ok: tool-input-to-sql
    const res = await pool.query<Payslip>("SELECT p.* FROM payslips p JOIN employees e ON e.id = p.employee_id WHERE p.run_id = $1 AND e.department = $2", [runId, department]);
    return res.rows;
  }
  const res = await pool.query<Payslip>("SELECT * FROM payslips WHERE run_id = $1", [runId]);
  return res.rows;
}

export async function searchEmployees(term: string): Promise<{ id: string; name: string }[]> {
  // Legacy search kept for the HR console; mirrors the old PHP report.
  const sql = `SELECT id, name FROM employees WHERE name ILIKE '%${term}%' ORDER BY name LIMIT 50`;
  // ruleid: tool-input-to-sql
  const res = await pool.query(sql);
  return res.rows;
}

export async function close(): Promise<void> {
  await pool.end();
}
