import os
from pathlib import Path

import sqlalchemy as sa

engine = sa.create_engine(os.environ.get("DISPATCH_DB", "sqlite:///dispatch.db"))
UPLOADS = Path(os.environ.get("DISPATCH_UPLOADS", "/srv/dispatch/uploads"))


def find_jobs(args: dict) -> str:
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(sa.text("SELECT id, address, issue FROM jobs WHERE zip = :zip AND status = 'open'"), {"zip": args["zip"]}).fetchall()
    return "\n".join(f"#{r.id} {r.address}: {r.issue}" for r in rows) or "no open jobs"


def _filters(args: dict) -> str:
    parts = ["1 = 1"]
    if args.get("status"):
        parts.append("status = '" + args["status"] + "'")
    if args.get("plumber"):
        parts.append("plumber = '{}'".format(args["plumber"]))
    return " AND ".join(parts)


def job_history(args: dict) -> str:
    where = _filters(args)
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(sa.text(f"SELECT id, closed_at, plumber FROM jobs WHERE {where} ORDER BY closed_at DESC LIMIT 50")).fetchall()
    return "\n".join(f"#{r.id} {r.closed_at} {r.plumber}" for r in rows)


def assign(args: dict) -> str:
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE jobs SET plumber = :p, status = 'assigned' WHERE id = :id"), {"p": args["plumber"], "id": int(args["job_id"])})
    return "assigned"


def attach_photo(args: dict) -> str:
    data = bytes.fromhex(args["hex"])
    # ruleid: tool-input-to-path
    Path(UPLOADS, args["job_id"], args["filename"]).write_bytes(data)
    return f"stored {len(data)} bytes"
