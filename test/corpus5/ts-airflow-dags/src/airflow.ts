// Airflow 2 stable REST API client.
export const AIRFLOW_URL = process.env.AIRFLOW_URL ?? "https://airflow.data.example.com";

export interface DagRun {
  dag_run_id: string;
  state: "queued" | "running" | "success" | "failed";
  logical_date: string;
}

export async function airflowGet<T>(path: string, authorization: string): Promise<T> {
  const res = await fetch(`${AIRFLOW_URL}/api/v1${path}`, { headers: { Authorization: authorization, Accept: "application/json" } });
  if (!res.ok) throw new Error(`airflow ${res.status}`);
  return (await res.json()) as T;
}

export async function airflowPost<T>(path: string, body: unknown, authorization: string): Promise<T> {
  const res = await fetch(`${AIRFLOW_URL}/api/v1${path}`, {
    method: "POST",
    headers: { Authorization: authorization, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`airflow ${res.status}`);
  return (await res.json()) as T;
}
