import os
import random
import secrets
import string
import sys
from typing import Any

import jwt
import yaml
from fastmcp import FastMCP

from .models import Question, TeamScore
from .repo import add_question, count_rows, create_round, record_score

mcp = FastMCP("pub-quiz-night")
JOIN_CODES: dict[str, str] = {}


@mcp.tool
# ok: weak-input-schema
def add_quiz_question(question: Question) -> int:
    """Add a question to the bank."""
    return add_question(question.round, question.prompt, question.answer, question.points)


@mcp.tool
def score(entry: TeamScore) -> str:
    """Record a team's points for a round."""
    record_score(entry.team, entry.round, entry.points)
    return "ok"


@mcp.tool
def new_round(night: str, name: str) -> str:
    """Add a round to a quiz night."""
    create_round(night, name)
    return f"round {name} added"


@mcp.tool
def how_many(kind: str, night: str) -> int:
    """Count questions, scores or teams of a night."""
    return count_rows(kind, night)


@mcp.tool
# ruleid: weak-input-schema
def import_pack(pack: Any) -> int:
    """Import a question pack (YAML text or already-parsed data)."""
    if isinstance(pack, str):
        # ruleid: unsafe-deserialization
        pack = yaml.unsafe_load(pack)
    added = 0
    for q in pack.get("questions", []):
        add_question(q["round"], q["prompt"], q["answer"], int(q.get("points", 1)))
        added += 1
    return added


@mcp.tool
def team_join_code(team: str) -> str:
    """Create the code a team types on the answer-sheet app."""
    # ruleid: insecure-randomness
    code = "".join(random.choices(string.ascii_uppercase + string.digits, k=6))
    JOIN_CODES[code] = team
    return code


@mcp.tool
def host_session_token(host: str) -> str:
    """Create a session token for the quizmaster's tablet."""
    # ok: insecure-randomness
    token = secrets.token_urlsafe(32)
    JOIN_CODES[token] = f"host:{host}"
    return token


@mcp.tool
def whoami(session_jwt: str) -> str:
    """Name of the host a tablet session belongs to."""
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(session_jwt, os.environ.get("QUIZ_JWT_KEY", ""), algorithms=["HS256"], options={"verify_signature": False})
    return claims.get("sub", "unknown")


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print("pub-quiz-night starting", file=sys.stderr)
    # ruleid: stdout-in-stdio-server
    print(f"question bank: {os.environ.get('TRIVIA_DB', 'trivia.db')}")
    mcp.run()
