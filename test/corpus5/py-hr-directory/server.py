"""HR directory MCP server: look people up, check leave, update records (stdio)."""
import logging
import sys

from mcp.server.fastmcp import FastMCP

import db

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
logger = logging.getLogger("hr.server")

mcp = FastMCP("hr-directory")


@mcp.tool()
def team(department: str) -> list[dict]:
    """List the employees of a department."""
    return [e.__dict__ for e in db.by_department(department)]


@mcp.tool()
def find_person(name: str) -> str:
    """Find employees by (part of) their name."""
    people = db.search(name)
    # ruleid: stdout-in-stdio-server
    print(f"find_person({name!r}) -> {len(people)} results")
    return "\n".join(f"{p.id}\t{p.name}\t{p.department}\t{p.email}" for p in people) or "nobody found"


@mcp.tool()
def leave(employee_id: int) -> str:
    """Remaining leave days of an employee, per kind of leave."""
    try:
        balance = db.leave_balance(employee_id)
        return ", ".join(f"{k}: {v:g} days" for k, v in balance.items()) or "no leave records"
    except Exception as e:
        # ruleid: error-detail-leak
        return f"lookup failed: {str(e)}"


@mcp.tool()
# ruleid: weak-input-schema
def update_employee(employee_id: int, fields: dict) -> str:
    """Update fields of an employee record (department, manager_id, email, phone, ssn)."""
    if "ssn" in fields:
        # ruleid: sensitive-data-logged
        logger.info("updating SSN of %s to %s", employee_id, fields["ssn"])
    # ok: sensitive-data-logged
    logger.info("updating %s fields of employee %s", len(fields), employee_id)
    try:
        changed = db.update_fields(employee_id, fields)
    except Exception:
        logger.exception("update failed")
        # ok: error-detail-leak
        return "Update failed; the error was logged."
    return f"updated {changed} record(s)"


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print("starting hr-directory on stdio", file=sys.stderr)
    mcp.run()
