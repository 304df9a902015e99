from pathlib import Path
from typing import Annotated

from pydantic import Field

from ..services.shell import run_argv, run_shell

TERMS_DIR = Path("/srv/timetables/terms")


def _fet_command(input_file: str, seconds: int, extra: str) -> str:
    parts = ["fet-cl", f"--inputfile={input_file}", f"--timelimitseconds={seconds}", extra]
    return " ".join(p for p in parts if p)


def solve_term(term: str, seconds: Annotated[int, Field(ge=10, le=3600)] = 300, extra_flags: str = "") -> str:
    """Generate the timetable for a term with FET (optionally passing extra CLI flags)."""
    input_file = TERMS_DIR / term / "school.fet"
    return run_shell(_fet_command(str(input_file), seconds, extra_flags))


def validate_term(term: Annotated[str, Field(pattern=r"^\d{4}-(autumn|spring|summer)$")]) -> str:
    """Check a term's FET file for hard-constraint conflicts without solving."""
    input_file = TERMS_DIR / term / "school.fet"
    return run_argv(["fet-cl", f"--inputfile={input_file}", "--timelimitseconds=1", "--verbose=true"])


TOOLS = [solve_term, validate_term]
