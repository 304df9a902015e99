import os
from typing import Annotated, Literal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from pydantic import Field
from mcp.server.fastmcp import FastMCP

DSN = os.environ["POSTGRES_DSN"]
mcp = FastMCP("postgres-admin")


def connect() -> psycopg.Connection:
    return psycopg.connect(DSN, row_factory=dict_row, autocommit=True)


@mcp.tool()
def table_rows(
    table: Annotated[str, Field(description="Table name")],
    limit: Annotated[int, Field(ge=1, le=500)] = 50,
) -> list[dict]:
    """Return the first rows of a table."""
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT * FROM {table} LIMIT {limit}")  # FLAW tool-input-to-sql
        return cur.fetchall()


@mcp.tool()
def table_rows_safe(
    table: Annotated[str, Field(description="Table name")],
    limit: Annotated[int, Field(ge=1, le=500)] = 50,
) -> list[dict]:
    """Return the first rows of a table (identifier quoted)."""
    query = sql.SQL("SELECT * FROM {} LIMIT %s").format(sql.Identifier(table))
    with connect() as conn, conn.cursor() as cur:
        cur.execute(query, (limit,))  # SAFE tool-input-to-sql
        return cur.fetchall()


@mcp.tool()
def find_orders(
    customer_email: Annotated[str, Field(description="Customer e-mail")],
    status: Annotated[Literal["open", "shipped", "cancelled"], Field(description="Order status")] = "open",
) -> list[dict]:
    """Orders of a customer by status."""
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = %s AND o.status = %s", (customer_email, status))  # SAFE tool-input-to-sql
        return cur.fetchall()


@mcp.tool()
def orders_since(date: Annotated[str, Field(description="ISO date")]) -> list[dict]:
    """Orders created since a date."""
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE created_at >= '%s' ORDER BY created_at" % date)  # FLAW tool-input-to-sql
        return cur.fetchall()


@mcp.tool()
def explain(query: Annotated[str, Field(description="A SELECT statement")]) -> str:
    """EXPLAIN a query."""
    with connect() as conn, conn.cursor() as cur:
        cur.execute("EXPLAIN " + query)  # FLAW tool-input-to-sql
        return "\n".join(r["QUERY PLAN"] for r in cur.fetchall())


@mcp.tool()
def kill_backend(pid: Annotated[int, Field(description="Backend pid")]) -> bool:
    """Terminate a backend process."""
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT pg_terminate_backend({pid})")  # SAFE tool-input-to-sql
        return cur.fetchone()["pg_terminate_backend"]


@mcp.tool()
def update_status(order_id: str, status: str) -> str:
    """Set the status of an order."""
    stmt = "UPDATE orders SET status = '" + status + "'"
    stmt += " WHERE id = " + order_id
    with connect() as conn:
        conn.execute(stmt)  # FLAW tool-input-to-sql
    return "updated"


@mcp.tool()
def column_values(column: str, table: str) -> list:
    """Distinct values of a column."""
    q = sql.SQL("SELECT DISTINCT {col} FROM {tbl} LIMIT 100").format(col=sql.Identifier(column), tbl=sql.Identifier(table))
    with connect() as conn:
        return [r[column] for r in conn.execute(q).fetchall()]  # SAFE tool-input-to-sql


if __name__ == "__main__":
    mcp.run()
