"""A tiny SQL builder for resource inventory queries."""

from dataclasses import dataclass, field


@dataclass
class ResourceQuery:
    table: str = "resources"
    filters: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    order: str = "last_seen"

    def where_param(self, clause: str, value) -> "ResourceQuery":
        self.filters.append(clause)
        self.params.append(value)
        return self

    def where_raw(self, clause: str) -> "ResourceQuery":
        self.filters.append(clause)
        return self

    def order_by(self, column: str) -> "ResourceQuery":
        self.order = column
        return self

    def sql(self) -> str:
        where = " AND ".join(self.filters) or "TRUE"
        return f"SELECT arn, account, region, tags FROM {self.table} WHERE {where} ORDER BY {self.order}"


def missing_tag_query(tag: str, account: str | None) -> ResourceQuery:
    q = ResourceQuery().where_param("NOT (tags ? %s)", tag)
    if account:
        q.where_param("account = %s", account)
    return q


def tag_value_query(tag: str, pattern: str) -> ResourceQuery:
    return ResourceQuery().where_raw(f"tags->>'{tag}' ~ '{pattern}'")
