class SqlQuery:
    """Small SELECT builder for catalogue reports."""

    def __init__(self, table: str, columns: list[str] | None = None):
        self.table = table
        self.columns = columns or ["*"]
        self.conditions: list[str] = []
        self.order: str | None = None
        self.max_rows = 50

    def where_like(self, column: str, value: str) -> "SqlQuery":
        self.conditions.append("{} LIKE '%{}%'".format(column, value))
        return self

    def where_eq(self, column: str, value) -> "SqlQuery":
        self.conditions.append(f"{column} = '{value}'")
        return self

    def order_by(self, expr: str) -> "SqlQuery":
        self.order = expr
        return self

    def limit(self, n: int) -> "SqlQuery":
        self.max_rows = max(1, min(int(n), 500))
        return self

    def build(self) -> str:
        sql = f"SELECT {', '.join(self.columns)} FROM {self.table}"
        if self.conditions:
            sql += " WHERE " + " AND ".join(self.conditions)
        if self.order:
            sql += f" ORDER BY {self.order}"
        return sql + f" LIMIT {self.max_rows}"
