import os
import time

import requests

API = "https://api.clickup.com/api/v2"
session = requests.Session()
session.headers.update({"Authorization": os.environ.get("CLICKUP_API_TOKEN", "")})


def get_task_fields(task_id: str) -> dict:
    r = session.get(f"{API}/task/{task_id}", params={"include_subtasks": "false"}, timeout=15)
    r.raise_for_status()
    task = r.json()
    fields = {f["name"].lower().replace(" ", "_"): float(f["value"]) for f in task.get("custom_fields", []) if isinstance(f.get("value"), (int, float, str)) and str(f.get("value")).replace(".", "", 1).isdigit()}
    fields["created"] = int(task["date_created"]) / 1000
    fields["now"] = time.time()
    return fields


def list_tasks(list_id: str) -> list[dict]:
    r = session.get(f"{API}/list/{list_id}/task", params={"archived": "false"}, timeout=15)
    r.raise_for_status()
    return r.json()["tasks"]


def update_task(task_id: str, changes: dict) -> None:
    session.put(f"{API}/task/{task_id}", json=changes, timeout=15).raise_for_status()
