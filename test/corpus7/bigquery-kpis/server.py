import os
from datetime import date
from typing import Annotated, Literal

from google.cloud import bigquery
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from builder import KpiQuery

PROJECT = os.environ.get("BQ_PROJECT", "acme-analytics")
EVENTS = f"{PROJECT}.product.events"

client = bigquery.Client(project=PROJECT)
mcp = FastMCP("bigquery-kpis")

Region = Literal["US", "EU", "APAC"]


def _rows(job) -> list[dict]:
    return [dict(row.items()) for row in job.result(timeout=120)]


@mcp.tool()
def daily_active_users(region: Region, start: date, end: date) -> list[dict]:
    """Daily active users of a region between two dates."""
    sql = (
        KpiQuery(EVENTS)
        .metric("COUNT(DISTINCT user_id)", "dau")
        .where("region = @region")
        .where("event_date BETWEEN @start AND @end")
        .group_by("event_date")
        .sql()
    )
    job_config = bigquery.QueryJobConfig(
        query_parameters=[
            bigquery.ScalarQueryParameter("region", "STRING", region),
            bigquery.ScalarQueryParameter("start", "DATE", start),
            bigquery.ScalarQueryParameter("end", "DATE", end),
        ]
    )
    # ok: tool-input-to-sql
    return _rows(client.query(sql, job_config=job_config))


@mcp.tool()
def conversion_by_campaign(campaign: str, country: str | None = None) -> list[dict]:
    """Conversion rate of a marketing campaign, optionally for one country."""
    q = KpiQuery(EVENTS).metric("COUNTIF(event_name = 'purchase') / COUNT(*)", "conversion").group_by("country")
    q.where(f"utm_campaign = '{campaign}'")
    if country:
        q.where(f"country = '{country}'")
    # ruleid: tool-input-to-sql
    return _rows(client.query(q.sql()))


@mcp.tool()
# ok: weak-input-schema
def retention_cohort(cohort_week: Annotated[str, Field(pattern=r"^\d{4}-W\d{2}$")], weeks: Annotated[int, Field(ge=1, le=26)] = 8) -> list[dict]:
    """Weekly retention of a signup cohort (ISO week like 2024-W07)."""
    sql = KpiQuery(f"{PROJECT}.product.retention").metric("AVG(retained)", "rate").where("cohort_week = @cohort").where("week_n <= @weeks").group_by("week_n").sql()
    cfg = bigquery.QueryJobConfig(query_parameters=[bigquery.ScalarQueryParameter("cohort", "STRING", cohort_week), bigquery.ScalarQueryParameter("weeks", "INT64", weeks)])
    return _rows(client.query(sql, job_config=cfg))


@mcp.tool()
# ruleid: weak-input-schema
def custom_metric(metric_sql, filters=None):
    """Compute an ad-hoc metric expression over the events table."""
    q = KpiQuery(EVENTS).metric(metric_sql, "value")
    for f in filters or []:
        q.where(f)
    # ruleid: tool-input-to-sql
    return _rows(client.query(q.sql()))


if __name__ == "__main__":
    mcp.run()
