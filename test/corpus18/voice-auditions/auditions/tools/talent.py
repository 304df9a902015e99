import os
import sqlite3

from .base import BaseTool

DB_PATH = os.environ.get("AUDITION_DB", "/srv/auditions/talent.db")


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


class ShortlistTool(BaseTool):
    name = "shortlist"
    description = "Put actors on the shortlist for a role"
    input_schema = {
        "type": "object",
        "properties": {"role": {"type": "string"}, "actors": {"type": "array", "items": {"type": "string"}}},
        "required": ["role", "actors"],
    }

    async def run(self, role: str, actors: list[str], **_) -> str:
        with _conn() as conn:
            # ok: tool-input-to-sql
            conn.executemany("INSERT OR IGNORE INTO shortlist (role, actor) VALUES (?, ?)", [(role, a) for a in actors])
        return f"{len(actors)} actors shortlisted for {role}"


class TalentSearchTool(BaseTool):
    name = "talent_search"
    description = "Actors whose profile lists any of the given accents"
    input_schema = {
        "type": "object",
        "properties": {"accents": {"type": "array", "items": {"type": "string"}}, "gender": {"type": "string"}},
        "required": ["accents"],
    }

    async def run(self, accents: list[str], gender: str | None = None, **_) -> str:
        in_list = ",".join(f"'{a}'" for a in accents)
        sql = "SELECT name, agent, accents FROM talent WHERE accent IN (%s)" % in_list
        params: list[str] = []
        if gender:
            sql += " AND gender = ?"
            params.append(gender)
        with _conn() as conn:
            # ruleid: tool-input-to-sql
            rows = conn.execute(sql, params).fetchall()
        return "\n".join(f"{r['name']} ({r['agent']}): {r['accents']}" for r in rows)
