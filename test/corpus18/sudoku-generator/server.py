import json
from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from constraints import check_rule, load_generator_state, parse_givens, parse_grid, run_plugin
from store import puzzles_by_author, puzzles_by_difficulty, save_puzzle

mcp = FastMCP("sudoku-generator")

GridStr = Annotated[str, Field(pattern=r"^[1-9.]{81}$", description="81 cells, row by row, . for empty")]
Difficulty = Literal["easy", "medium", "hard", "fiendish"]


@mcp.tool()
# ok: weak-input-schema
def random_puzzles(difficulty: Difficulty, limit: int = 5) -> list[dict]:
    """Random puzzles of a difficulty from the archive."""
    return [{"id": i, "givens": g} for i, g in puzzles_by_difficulty(difficulty, limit)]


@mcp.tool()
def puzzles_from(author: str) -> list[dict]:
    """Puzzles set by one author."""
    return [{"id": i, "givens": g, "difficulty": d} for i, g, d in puzzles_by_author(author)]


@mcp.tool()
# ok: weak-input-schema
def save(grid: GridStr, difficulty: Difficulty, author: Annotated[str, Field(pattern=r"^[A-Za-z .'-]{2,40}$")]) -> int:
    """Save a new puzzle."""
    return save_puzzle(grid, difficulty, author)


@mcp.tool()
def check_variant(grid: GridStr, rule: str) -> bool:
    """Check a solved grid against a variant rule written as a Python expression over g."""
    return check_rule(rule, parse_grid(grid))


@mcp.tool()
def apply_givens(givens: str) -> str:
    """Place givens written as a list of (row, col, digit) tuples on an empty grid."""
    cells = ["."] * 81
    for r, c, v in parse_givens(givens):
        cells[r * 9 + c] = str(v)
    return "".join(cells)


@mcp.tool()
def run_solver_plugin(grid: GridStr, source: str) -> dict:
    """Run a community solver plugin against a grid."""
    return run_plugin(source, parse_grid(grid))


@mcp.tool()
def resume_generator(state: str) -> str:
    """Resume a paused generator run from its exported state."""
    st = load_generator_state(state)
    return json.dumps({"seed": st.get("seed"), "attempts": st.get("attempts")})


if __name__ == "__main__":
    mcp.run()
