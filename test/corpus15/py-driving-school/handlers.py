import ast
import os

import psycopg
import requests

PG_DSN = os.environ.get("DRIVING_DSN", "postgresql://school@localhost/driving")


def _conn() -> psycopg.Connection:
    return psycopg.connect(PG_DSN, autocommit=True)


def book_lesson(student_id: int, instructor: str, slot: str) -> str:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("INSERT INTO lessons (student_id, instructor, slot) VALUES (%s, %s, %s) RETURNING id", (student_id, instructor, slot))
        return f"lesson {cur.fetchone()[0]} booked"


def instructor_day(instructor: str, day: str) -> str:
    query = "SELECT slot, student_name FROM lesson_view WHERE instructor = '%s' AND slot::date = '%s' ORDER BY slot" % (instructor, day)
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(query)
        return "\n".join(f"{slot:%H:%M} {name}" for slot, name in cur.fetchall()) or "free day"


def test_readiness(scores: dict[str, float], formula: str) -> str:
    # ruleid: tool-input-to-eval
    value = eval(formula, {"__builtins__": {}}, dict(scores))
    return f"readiness {value:.2f}"


def parse_weights(weights: str) -> dict:
    # ok: tool-input-to-eval
    parsed = ast.literal_eval(weights)
    if not isinstance(parsed, dict):
        raise ValueError("weights must be a dict literal like {'parking': 2}")
    return {str(k): float(v) for k, v in parsed.items()}


def route_preview(map_url: str) -> str:
    # ruleid: tool-input-to-url
    resp = requests.get(map_url, timeout=10)
    return f"route map: {resp.headers.get('content-type')} {len(resp.content)} bytes"


def exam_centres(postcode: str) -> str:
    # ok: tool-input-to-url
    resp = requests.get("https://www.gov.uk/api/driving-test-centres", params={"postcode": postcode}, timeout=10)
    return "\n".join(c["name"] for c in resp.json().get("centres", [])[:10])
