"""Tool implementations for the DR drill server, looked up by name in HANDLERS."""

import base64
import json
import pickle
import sqlite3
from pathlib import Path

import yaml

DRILL_DIR = Path("/srv/dr-drills").resolve()
db = sqlite3.connect(DRILL_DIR / "drills.db", check_same_thread=False)


def load_plan(args: dict) -> str:
    raw = args["plan_yaml"]
    # ruleid: unsafe-deserialization
    plan = yaml.load(raw, Loader=yaml.Loader)
    return f"plan '{plan.get('name')}' with {len(plan.get('steps', []))} steps"


def load_plan_safe(args: dict) -> str:
    # ok: unsafe-deserialization
    plan = yaml.safe_load(args["plan_yaml"])
    return f"plan '{plan.get('name')}' with {len(plan.get('steps', []))} steps"


def restore_checkpoint(args: dict) -> str:
    blob = base64.b64decode(args["checkpoint"])
    # ruleid: unsafe-deserialization
    state = pickle.loads(blob)
    return f"checkpoint restored at step {state['step']}"


def import_results(args: dict) -> str:
    # ok: unsafe-deserialization
    results = json.loads(args["results_json"])
    for r in results:
        db.execute("INSERT INTO results (drill, step, rto_minutes) VALUES (?, ?, ?)", (r["drill"], r["step"], r["rto"]))
    db.commit()
    return f"imported {len(results)} results"


def drill_report(args: dict) -> str:
    drill = args["drill"]
    where = "drill = '" + drill + "'"
    # ruleid: tool-input-to-sql
    rows = db.execute("SELECT step, rto_minutes FROM results WHERE " + where).fetchall()
    return "\n".join(f"{s}: {m} min" for s, m in rows)


def drill_history(args: dict) -> str:
    # ok: tool-input-to-sql
    rows = db.execute("SELECT drill, MAX(rto_minutes) FROM results WHERE drill LIKE ? GROUP BY drill", (args.get("prefix", "") + "%",)).fetchall()
    return "\n".join(f"{d}: worst RTO {m} min" for d, m in rows)


HANDLERS = {
    "load_plan": load_plan,
    "validate_plan": load_plan_safe,
    "restore_checkpoint": restore_checkpoint,
    "import_results": import_results,
    "drill_report": drill_report,
    "drill_history": drill_history,
}
