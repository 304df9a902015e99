"""Feed formulation storage (SQLite) and batch sheets."""
import sqlite3
from pathlib import Path

DB = sqlite3.connect("feedmill.db", check_same_thread=False)
SHEETS = Path("batch_sheets").resolve()

INGREDIENT_COLUMNS = {"protein": "crude_protein_pct", "fibre": "crude_fibre_pct", "energy": "me_mj_kg", "price": "price_per_t"}


def ingredients_sorted(by: str) -> list[tuple]:
    column = INGREDIENT_COLUMNS.get(by, "name")
    # ok: tool-input-to-sql
    return DB.execute("SELECT name, %s FROM ingredients ORDER BY %s DESC" % (column, column)).fetchall()


def formula_by_name(name: str) -> list[tuple]:
    # ruleid: tool-input-to-sql
    return DB.execute("SELECT ingredient, kg_per_t FROM formula_lines WHERE formula = '%s' ORDER BY kg_per_t DESC" % name).fetchall()


def save_batch_sheet(batch_no: int, lines: list[tuple]) -> Path:
    target = SHEETS / f"batch-{batch_no:06d}.txt"
    target.write_text("\n".join(f"{ing}\t{kg}" for ing, kg in lines))
    return target
