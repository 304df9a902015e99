from ..app import REQUIRED_TAGS, conn, mcp


@mcp.tool
def compliance_by_account(accounts: list[str]) -> str:
    """Share of fully tagged resources per account."""
    lines = []
    with conn.cursor() as cur:
        for acct in accounts:
            checks = " AND ".join(f"tags ? '{t}'" for t in REQUIRED_TAGS)
            # ok: tool-input-to-sql
            cur.execute(f"SELECT COUNT(*) FILTER (WHERE {checks}), COUNT(*) FROM resources WHERE account = %s", (acct,))
            ok, total = cur.fetchone()
            lines.append(f"{acct}: {ok}/{total}")
    return "\n".join(lines)


@mcp.tool
def owners_for(accounts: list[str]) -> str:
    """Distinct owner tags in some accounts."""
    in_list = ", ".join(f"'{a}'" for a in accounts)
    with conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT DISTINCT tags->>'owner' FROM resources WHERE account IN ({in_list})")
        return "\n".join(r[0] or "(none)" for r in cur.fetchall())


@mcp.tool
def region_report(region: str, since_days: int = 30) -> str:
    """Untagged resources created in a region recently."""
    sql = "SELECT arn FROM resources WHERE region = '%s' AND created > now() - interval '%d days'" % (region, since_days)
    with conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return "\n".join(r[0] for r in cur.fetchall())
