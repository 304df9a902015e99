"""Local data lake helpers: DuckDB over Parquet files in LAKE_ROOT."""
import operator
import os
from pathlib import Path

import duckdb
import pandas as pd
import requests

LAKE_ROOT = Path(os.environ.get("LAKE_ROOT", "~/lake")).expanduser().resolve()
con = duckdb.connect(str(LAKE_ROOT / "lake.duckdb"))

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def safe_path(rel: str) -> Path:
    p = (LAKE_ROOT / rel).resolve()
    if LAKE_ROOT not in p.parents:
        raise ValueError("path outside the lake")
    return p


def preview(rel: str, limit: int) -> list[tuple]:
    p = safe_path(rel)
    # ok: tool-input-to-sql
    return con.execute("SELECT * FROM read_parquet(?) LIMIT ?", [str(p), limit]).fetchall()


def aggregate(table: str, column: str) -> list[tuple]:
    # ruleid: tool-input-to-sql
    return con.execute(f"SELECT {column}, count(*) FROM {table} GROUP BY 1 ORDER BY 2 DESC LIMIT 50").fetchall()


def describe(rel: str) -> dict:
    # ok: unsafe-deserialization
    df = pd.read_parquet(safe_path(rel))
    return {c: str(t) for c, t in df.dtypes.items()}


def load_legacy_frame(file_name: str) -> dict:
    # ruleid: unsafe-deserialization
    df = pd.read_pickle(LAKE_ROOT / "legacy" / file_name)
    return {"rows": len(df), "columns": list(df.columns)}


def combine(a: float, op: str, b: float) -> float:
    # ok: tool-input-to-eval
    return OPS[op](a, b)


def ingest_csv(url: str, table: str) -> int:
    # ruleid: tool-input-to-url
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    tmp = LAKE_ROOT / "incoming" / f"{table}.csv"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(resp.content)
    con.execute("CREATE OR REPLACE TABLE incoming_csv AS SELECT * FROM read_csv_auto(?)", [str(tmp)])
    return con.execute("SELECT count(*) FROM incoming_csv").fetchone()[0]
