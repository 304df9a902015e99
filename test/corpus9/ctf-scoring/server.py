import hashlib
import random
import secrets
import sqlite3

from mcp.server.fastmcp import FastMCP

from scoring import award, scoreboard

mcp = FastMCP("ctf-scoring")
db = sqlite3.connect("ctf.db", check_same_thread=False)
# ruleid: hardcoded-secret
FLAG_SALT = "ctf-2026-s4lt-9f8e7d6c5b4a3928"


@mcp.tool()
def register_team(name: str) -> str:
    """Register a team and return its join token."""
    # ruleid: insecure-randomness
    token = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    # ok: tool-input-to-sql
    db.execute("INSERT INTO teams (name, token) VALUES (?, ?)", (name, token))
    db.commit()
    return token


@mcp.tool()
def rotate_token(team: str) -> str:
    """Issue a new join token for a team."""
    # ok: insecure-randomness
    token = secrets.token_urlsafe(24)
    db.execute("UPDATE teams SET token = ? WHERE name = ?", (token, team))
    db.commit()
    return token


@mcp.tool()
def submit_flag(team: str, challenge: str, flag: str) -> str:
    """Submit a flag for a challenge."""
    digest = hashlib.sha256((FLAG_SALT + flag).encode()).hexdigest()
    return award(db, team, challenge, digest)


@mcp.tool()
def board(division: str = "open") -> list:
    """Current scoreboard of a division."""
    return scoreboard(db, division)


if __name__ == "__main__":
    mcp.run()
