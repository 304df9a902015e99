import os
import subprocess
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from ..app import db, log_calls, mcp

EXPORT_DIR = os.environ.get("GYM_EXPORT_DIR", "/srv/gym/exports")


class ClassBooking(BaseModel):
    member_no: str = Field(pattern=r"^RF[0-9]{6}$")
    class_id: int
    waitlist_ok: bool = True


@mcp.tool()
@log_calls
# ok: weak-input-schema
async def book_class(booking: ClassBooking) -> str:
    """Book a member into a class."""
    cur = db().execute("SELECT capacity - booked AS free FROM classes WHERE id = ?", (booking.class_id,)).fetchone()
    if cur is None:
        return "no such class"
    if cur["free"] <= 0 and not booking.waitlist_ok:
        return "class is full"
    db().execute("INSERT INTO bookings (member_no, class_id, waitlisted) VALUES (?, ?, ?)", (booking.member_no, booking.class_id, cur["free"] <= 0))
    db().commit()
    return "booked" if cur["free"] > 0 else "on the waitlist"


@mcp.tool()
@log_calls
async def export_timetable(week: Annotated[str, Field(pattern=r"^[0-9]{4}-W[0-9]{2}$")], club: Literal["north", "south", "city"]) -> str:
    """Export a week's timetable of a club to CSV for the website."""
    # ok: tool-input-to-shell
    os.system(f"gym-export timetable --club {club} --week {week} --out {EXPORT_DIR}/{club}-{week}.csv")
    return f"exported {club}-{week}.csv"


@mcp.tool()
@log_calls
async def print_badge(member_name: str, member_no: str) -> str:
    """Print a plastic member badge at the front desk."""
    # ruleid: tool-input-to-shell
    with os.popen(f"badge-print --name '{member_name}' --number {member_no}") as p:
        return p.read() or "printing"


@mcp.tool()
@log_calls
async def instructor_calendar(instructor: str) -> str:
    """Instructor's upcoming classes as iCalendar."""
    rows = db().execute("SELECT title, starts_at FROM classes WHERE instructor = ? AND starts_at > datetime('now')", (instructor,)).fetchall()
    proc = subprocess.run(["ics-gen", "--title", f"{instructor} classes"], input="\n".join(f"{r['starts_at']}\t{r['title']}" for r in rows), capture_output=True, text=True)
    return proc.stdout
