"""Small fluent builder for the KPI queries."""
from __future__ import annotations


class KpiQuery:
    def __init__(self, table: str):
        self._table = table
        self._metrics: list[str] = []
        self._filters: list[str] = []
        self._group: list[str] = []

    def metric(self, expr: str, alias: str) -> KpiQuery:
        self._metrics.append(f"{expr} AS {alias}")
        return self

    def where(self, condition: str) -> KpiQuery:
        self._filters.append(condition)
        return self

    def group_by(self, *cols: str) -> KpiQuery:
        self._group.extend(cols)
        return self

    def sql(self) -> str:
        parts = [f"SELECT {', '.join(self._group + self._metrics)}", f"FROM `{self._table}`"]
        if self._filters:
            parts.append("WHERE " + " AND ".join(self._filters))
        if self._group:
            parts.append("GROUP BY " + ", ".join(self._group))
        return "\n".join(parts)
