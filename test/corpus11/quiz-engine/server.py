import json
import secrets
import random
import sqlite3
from pathlib import Path
from typing import Literal

from mcp.server.fastmcp import FastMCP

from scoring import apply_formula, numeric_answer, numeric_answer_safe, parse_list_answer

DB = sqlite3.connect(Path(__file__).with_name("quiz.db"), check_same_thread=False)
mcp = FastMCP("quiz-engine")

PRESET_FORMULAS = {
    "plain": "correct / total * 100",
    "timed": "max(0, correct / total * 100 - seconds / 60)",
}


def check_answer(question_id: int, answer: str, mode: Literal["exact", "list", "numeric"] = "exact") -> dict:
    """Check a student's answer to a question."""
    # ok: tool-input-to-sql
    row = DB.execute("SELECT answer FROM questions WHERE id = ?", (question_id,)).fetchone()
    if row is None:
        return {"error": "no such question"}
    expected = json.loads(row[0])
    if mode == "list":
        return {"correct": sorted(map(str, parse_list_answer(answer))) == sorted(map(str, expected))}
    if mode == "numeric":
        return {"correct": abs(numeric_answer(answer) - float(expected)) < 1e-6}
    return {"correct": answer.strip().lower() == str(expected).lower()}


def check_numeric(question_id: int, answer: str) -> dict:
    """Check an arithmetic answer with the restricted evaluator."""
    row = DB.execute("SELECT answer FROM questions WHERE id = ?", (question_id,)).fetchone()
    return {"correct": row is not None and abs(numeric_answer_safe(answer) - float(row[0])) < 1e-6}


def score_attempt(correct: int, total: int, seconds: float, formula: str = "plain") -> float:
    """Score an attempt with a named preset or a custom formula."""
    expression = PRESET_FORMULAS.get(formula, formula)
    return apply_formula(expression, correct, total, seconds)


def score_with_preset(correct: int, total: int, seconds: float, preset: Literal["plain", "timed"] = "plain") -> float:
    """Score an attempt with one of the preset formulas."""
    # ok: tool-input-to-eval
    return apply_formula(PRESET_FORMULAS[preset], correct, total, seconds)


def new_attempt(quiz_id: int) -> dict:
    """Start an attempt and return its resume token."""
    # ruleid: insecure-randomness
    token = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    DB.execute("INSERT INTO attempts (quiz_id, token) VALUES (?, ?)", (quiz_id, token))
    DB.commit()
    return {"attempt_token": token}


def shuffle_questions(quiz_id: int) -> list[int]:
    """Question ids of a quiz in random order."""
    ids = [r[0] for r in DB.execute("SELECT id FROM questions WHERE quiz_id = ?", (quiz_id,))]
    random.shuffle(ids)
    return ids


def share_link(quiz_id: int) -> str:
    """Create a share link for a quiz."""
    # ok: insecure-randomness
    slug = secrets.token_urlsafe(16)
    DB.execute("INSERT INTO share_links (quiz_id, slug) VALUES (?, ?)", (quiz_id, slug))
    DB.commit()
    return f"https://quiz.example.edu/s/{slug}"


for fn in (check_answer, check_numeric, score_attempt, score_with_preset, new_attempt, shuffle_questions, share_link):
    mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
