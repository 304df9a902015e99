"""Small query builder for the stand/plot tables (PostgreSQL)."""
from dataclasses import dataclass, field


@dataclass
class StandQuery:
    table: str = "stands"
    conditions: list[str] = field(default_factory=list)
    order: str = "stand_id"

    def where(self, column: str, value) -> "StandQuery":
        if isinstance(value, (int, float)):
            self.conditions.append(f"{column} = {value}")
        else:
            self.conditions.append(f"{column} = '{value}'")
        return self

    def sql(self) -> str:
        where = " WHERE " + " AND ".join(self.conditions) if self.conditions else ""
        return f"SELECT * FROM {self.table}{where} ORDER BY {self.order}"
