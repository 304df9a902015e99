"""Queries against the Airflow metadata database (read replica) and the REST API."""
import os

import httpx
import psycopg
from psycopg.rows import dict_row

DSN = os.environ.get("AIRFLOW_META_DSN", "postgresql://airflow_ro@airflow-db-replica:5432/airflow")
API = os.environ.get("AIRFLOW_API", "https://airflow.data.example.com/api/v1")
CA_BUNDLE = os.environ.get("AIRFLOW_CA_BUNDLE", "/etc/ssl/certs/data-platform-ca.pem")


def failed_tasks(dag_id: str, days: int) -> list[dict]:
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        # ok: tool-input-to-sql
        cur = conn.execute("SELECT task_id, run_id, try_number, end_date FROM task_instance WHERE dag_id = %s AND state = 'failed' AND end_date > now() - make_interval(days => %s) ORDER BY end_date DESC LIMIT 100", (dag_id, days))
        return cur.fetchall()


def slowest_tasks(dag_id: str, order: str) -> list[dict]:
    sql = f"SELECT task_id, avg(duration) AS avg_s, max(duration) AS max_s FROM task_instance WHERE dag_id = '{dag_id}' GROUP BY task_id ORDER BY {order} DESC LIMIT 20"
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        # ruleid: tool-input-to-sql
        return conn.execute(sql).fetchall()


def clear_task(dag_id: str, run_id: str, task_id: str) -> dict:
    # ok: token-passthrough
    auth = (os.environ["AIRFLOW_SVC_USER"], os.environ["AIRFLOW_SVC_PASSWORD"])
    # ok: tls-verification-disabled
    with httpx.Client(base_url=API, auth=auth, verify=CA_BUNDLE, timeout=20) as client:
        resp = client.post(f"/dags/{dag_id}/clearTaskInstances", json={"dry_run": False, "task_ids": [task_id], "dag_run_id": run_id, "only_failed": True})
        resp.raise_for_status()
        return resp.json()
