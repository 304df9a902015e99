"""ClickHouse report queries (clickhouse-connect)."""
import os
from typing import Literal

import clickhouse_connect

client = clickhouse_connect.get_client(
    host=os.environ.get("CH_HOST", "localhost"),
    port=int(os.environ.get("CH_PORT", "8443")),
    username=os.environ.get("CH_USER", "reports"),
    password=os.environ.get("CH_PASSWORD", ""),
    secure=True,
)

Granularity = Literal["hour", "day", "week"]
_TRUNC = {"hour": "toStartOfHour", "day": "toDate", "week": "toMonday"}


def revenue(granularity: Granularity, country: str, days: int) -> list[tuple]:
    fn = _TRUNC[granularity]
    # ok: tool-input-to-sql
    res = client.query(f"SELECT {fn}(ts) AS bucket, sum(amount) FROM orders WHERE country = {{country:String}} AND ts > now() - INTERVAL {{days:UInt16}} DAY GROUP BY bucket ORDER BY bucket", parameters={"country": country, "days": days})
    return res.result_rows


def top_products(category: str, limit: int) -> list[tuple]:
    sql = "SELECT product_id, sum(qty) AS units FROM order_lines WHERE category = '%s' GROUP BY product_id ORDER BY units DESC LIMIT %d" % (category, limit)
    # ruleid: tool-input-to-sql
    return client.query(sql).result_rows


def cohort(signup_month: str) -> list[tuple]:
    # ok: tool-input-to-sql
    return client.query("SELECT months_since, retained FROM cohorts WHERE signup_month = %(m)s ORDER BY months_since", parameters={"m": signup_month}).result_rows
