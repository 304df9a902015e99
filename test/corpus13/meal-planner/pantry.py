import os
import sqlite3


class Pantry:
    def __init__(self, path: str = "/var/lib/meals/pantry.sqlite") -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.service_token = os.environ.get("GROCER_SERVICE_TOKEN", "")

    def recipes_using_stock(self, limit: int) -> list[dict]:
        rows = self.db.execute(
            "SELECT r.id, r.title, count(*) AS hits FROM recipes r JOIN recipe_ingredients ri ON ri.recipe_id = r.id "
            "JOIN stock s ON s.ingredient = ri.ingredient GROUP BY r.id ORDER BY hits DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def missing_for(self, recipe_ids: list[int]) -> list[str]:
        marks = ",".join("?" for _ in recipe_ids)
        # ok: tool-input-to-sql
        rows = self.db.execute(f"SELECT DISTINCT ingredient FROM recipe_ingredients WHERE recipe_id IN ({marks}) AND ingredient NOT IN (SELECT ingredient FROM stock)", tuple(recipe_ids)).fetchall()
        return [r["ingredient"] for r in rows]

    def recipes_with(self, ingredient: str) -> list[dict]:
        query = "SELECT r.id, r.title FROM recipes r JOIN recipe_ingredients ri ON ri.recipe_id = r.id WHERE ri.ingredient LIKE '%" + ingredient + "%'"
        # ruleid: tool-input-to-sql
        return [dict(r) for r in self.db.execute(query).fetchall()]
