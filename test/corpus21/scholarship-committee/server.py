"""Scholarship committee assistant: applicant files, rubric scoring, reference letters."""
import json
import os
import sqlite3
import urllib.request
from pathlib import Path
from typing import Annotated, Literal

import yaml
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from rubric import apply_rubric, load_rubric_file

mcp = FastMCP("scholarship-committee")

APPLICANTS = Path(os.environ.get("SCHOLAR_FILES", "/srv/scholarships/applicants")).resolve()
DB = sqlite3.connect(os.environ.get("SCHOLAR_DB", "scholarships.db"), check_same_thread=False)


@mcp.tool()
def applicant_essay(applicant_id: Annotated[str, Field(pattern=r"^[0-9]{6}$")], essay: Literal["personal", "career", "community"]) -> str:
    """Return one essay of an applicant."""
    # ok: tool-input-to-path
    return (APPLICANTS / applicant_id / f"{essay}.md").read_text()


@mcp.tool()
def attachment(applicant_id: str, name: str) -> str:
    """Return an uploaded attachment (transcript, letter) of an applicant."""
    # ruleid: tool-input-to-path
    return open(os.path.join(APPLICANTS, applicant_id, name), encoding="utf-8").read()


@mcp.tool()
def score(applicant_id: str, rubric_yaml: str) -> dict:
    """Score an applicant with a rubric given as YAML."""
    # ruleid: unsafe-deserialization
    rubric = yaml.load(rubric_yaml, Loader=yaml.UnsafeLoader)
    answers = json.loads((APPLICANTS / "answers.json").read_text()).get(applicant_id, {})
    return apply_rubric(rubric, answers)


@mcp.tool()
def score_with_saved_rubric(applicant_id: str, rubric: Literal["merit", "need", "stem"]) -> dict:
    """Score an applicant with one of the committee's saved rubrics."""
    answers = json.loads((APPLICANTS / "answers.json").read_text()).get(applicant_id, {})
    return apply_rubric(load_rubric_file(rubric), answers)


@mcp.tool()
def count_pdf_pages(applicant_id: str, name: str) -> int:
    """Count the pages of an uploaded PDF."""
    # ruleid: tool-input-to-shell
    out = os.popen(f"pdfinfo '{APPLICANTS}/{applicant_id}/{name}' | grep Pages").read()
    return int(out.split()[-1]) if out else 0


@mcp.tool()
def verify_reference(referee_url: str) -> str:
    """Check that a referee's institutional page exists."""
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(referee_url, timeout=10) as resp:
        return f"{resp.status} {resp.headers.get('content-type')}"


def shortlist(year: int, min_score: float = 80.0) -> list[dict]:
    """Applicants at or above a score for a year."""
    # ok: tool-input-to-sql
    rows = DB.execute("SELECT applicant_id, total FROM scores WHERE year = ? AND total >= ? ORDER BY total DESC", (year, min_score)).fetchall()
    return [{"applicant": a, "total": t} for a, t in rows]


mcp.add_tool(shortlist)


@mcp.resource("applicant://{applicant_id}/summary")
def applicant_summary(applicant_id: str) -> str:
    """One-page summary of an applicant."""
    # ruleid: tool-input-to-sql
    row = DB.execute(f"SELECT name, school, gpa FROM applicants WHERE applicant_id = '{applicant_id}'").fetchone()
    return json.dumps({"name": row[0], "school": row[1], "gpa": row[2]}) if row else "{}"


@mcp.prompt()
def decision_letter(applicant_name: str, outcome: Literal["award", "waitlist", "decline"]) -> str:
    """Draft a decision letter."""
    return f"Draft a warm, concise {outcome} letter to scholarship applicant {applicant_name}."


if __name__ == "__main__":
    mcp.run()
