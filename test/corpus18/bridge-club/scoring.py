import ast

from registry import register

VULNERABLE_BONUS = {"game": 500, "small_slam": 750, "grand_slam": 1500}
IMP_TABLE = [20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600, 750, 900, 1100, 1300, 1500, 1750, 2000, 2250, 2500, 3000, 3500, 4000]


def to_imps(diff: int) -> int:
    sign = 1 if diff >= 0 else -1
    return sign * sum(1 for step in IMP_TABLE if abs(diff) >= step)


@register("imps")
def imps(score_ns: int, score_ew: int) -> int:
    """IMPs won by NS for a board."""
    return to_imps(score_ns - score_ew)


@register("parse_travellers")
def parse_travellers(rows: str) -> list:
    """Parse a traveller list typed as a Python literal, e.g. [(1, '4S', 'N', 620)]."""
    # ok: tool-input-to-eval
    data = ast.literal_eval(rows)
    return [list(r) for r in data]


@register("adjusted_score")
def adjusted_score(board: int, raw: int, adjustment: str) -> int:
    """Apply a director's adjustment formula (e.g. "raw * 0.6 + 3") to a score."""
    # ruleid: tool-input-to-eval
    return int(eval(adjustment, {"__builtins__": {}}, {"raw": raw, "board": board}))


@register("score_session")
# ruleid: weak-input-schema
def score_session(session_id, movement):
    """Score a whole session; `movement` describes tables and rounds."""
    tables = movement.get("tables", [])
    return {"session": session_id, "tables": len(tables)}
