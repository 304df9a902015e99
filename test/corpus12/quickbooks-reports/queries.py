"""SQL text for the reporting tools."""

REPORT_TABLES = {
    "profit_and_loss": "report_pnl",
    "balance_sheet": "report_balance",
    "cash_flow": "report_cashflow",
}

VENDOR_RANKING = """
SELECT v.display_name, SUM(b.total) AS total_spend, COUNT(*) AS bill_count, AVG(b.total) AS avg_bill
FROM bills b JOIN vendors v ON v.id = b.vendor_id
GROUP BY v.display_name
ORDER BY {order} DESC
LIMIT {limit}
"""


def vendor_ranking_query(order_by: str, limit: int) -> str:
    return VENDOR_RANKING.format(order=order_by, limit=int(limit))


def aging_query(as_of: str, bucket_days: int) -> tuple[str, tuple]:
    sql = (
        "SELECT customer, "
        "CAST((julianday(?) - julianday(due_date)) / ? AS INTEGER) AS bucket, "
        "SUM(balance) AS amount FROM invoices WHERE balance > 0 GROUP BY customer, bucket ORDER BY customer, bucket"
    )
    return sql, (as_of, max(1, int(bucket_days)))
