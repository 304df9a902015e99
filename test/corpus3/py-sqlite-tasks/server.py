"""mcp-tasks: a personal task list backed by SQLite."""
import logging
import sys
from typing import Literal

from fastmcp import FastMCP

from db import SORT_COLUMNS, connect, tasks_by_ids, tasks_in_project

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("mcp-tasks")

mcp = FastMCP("mcp-tasks")


@mcp.tool
def add_task(title: str, project: str = "inbox", priority: int = 3, due: str | None = None) -> int:
    """Add a task and return its id."""
    with connect() as conn:
        # ok: tool-input-to-sql
        cur = conn.execute("INSERT INTO tasks (title, project, priority, due) VALUES (?, ?, ?, ?)", (title, project, priority, due))
        return cur.lastrowid


@mcp.tool
def search_tasks(text: str) -> list[dict]:
    """Find open tasks whose title contains the text."""
    with connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(f"SELECT * FROM tasks WHERE done = 0 AND title LIKE '%{text}%'").fetchall()
        return [dict(r) for r in rows]


@mcp.tool
def project_tasks(project: str) -> list[dict]:
    """Open tasks of one project."""
    with connect() as conn:
        return tasks_in_project(conn, project)


@mcp.tool
def get_tasks(ids: list[int]) -> list[dict]:
    """Fetch several tasks by id."""
    with connect() as conn:
        return tasks_by_ids(conn, ids)


@mcp.tool
def list_tasks(sort: Literal["due", "priority", "created"] = "due", limit: int = 50) -> list[dict]:
    """List open tasks in the chosen order."""
    order = SORT_COLUMNS[sort]
    with connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(f"SELECT * FROM tasks WHERE done = 0 ORDER BY {order} LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]


@mcp.tool
def tasks_due_before(date: str) -> list[dict]:
    """Open tasks due before an ISO date."""
    with connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute("SELECT * FROM tasks WHERE done = 0 AND due < '%s' ORDER BY due" % date).fetchall()
        return [dict(r) for r in rows]


@mcp.tool
def reprioritise(project: str, priority: int) -> str:
    """Set the priority of every open task in a project."""
    with connect() as conn:
        # ok: tool-input-to-sql
        conn.execute("UPDATE tasks SET priority = :p WHERE project = :proj AND done = 0", {"p": priority, "proj": project})
    return "updated"


@mcp.tool
def rename_project(old: str, new: str) -> str:
    """Rename a project (moves all its tasks)."""
    with connect() as conn:
        # ruleid: tool-input-to-sql
        conn.executescript("UPDATE tasks SET project = '{}' WHERE project = '{}';".format(new, old))
    return f"renamed {old} -> {new}"


# ruleid: annotation-mismatch
@mcp.tool(annotations={"readOnlyHint": True})
def purge_done(project: str) -> str:
    """Remove completed tasks of a project."""
    with connect() as conn:
        n = conn.execute("DELETE FROM tasks WHERE done = 1 AND project = ?", (project,)).rowcount
    log.info("purged %d tasks from %s", n, project)
    return f"removed {n} tasks"


# ok: annotation-mismatch
@mcp.tool(annotations={"readOnlyHint": True, "openWorldHint": False})
def stats() -> dict:
    """Number of open and completed tasks."""
    with connect() as conn:
        row = conn.execute("SELECT sum(done = 0) AS open, sum(done = 1) AS done FROM tasks").fetchone()
        return dict(row)


@mcp.resource("tasks://{task_id}")
def task_resource(task_id: str) -> dict:
    """One task as a resource."""
    with connect() as conn:
        # ok: tool-input-to-sql
        row = conn.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)).fetchone()
        return dict(row) if row else {}


if __name__ == "__main__":
    mcp.run()
