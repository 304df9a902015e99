import os
import shlex
from typing import Annotated, Literal

from pydantic import Field

STRING_DIR = "/srv/traps/strings"


def haul_string(string_id: Annotated[str, Field(description="Trap string id painted on the buoy")]) -> str:
    """Mark every trap of a string as hauled and print the updated log."""
    # ruleid: tool-input-to-shell
    stream = os.popen(f"trapctl haul {string_id} && tail -n 20 {STRING_DIR}/{string_id}.log")
    return stream.read()


def tag_string(string_id: str, zone: Literal["A", "B", "C", "D"]) -> str:
    """Assign a trap string to a lobster management zone."""
    # ok: tool-input-to-shell
    code = os.system("trapctl tag " + shlex.quote(string_id) + " --zone " + shlex.quote(zone))
    return "tagged" if code == 0 else f"trapctl exited {code}"


def catch_rate(expression: Annotated[str, Field(max_length=120)], legal: int, shorts: int, berried: int) -> str:
    """Compute a custom catch-rate expression over legal, shorts and berried counts."""
    # ruleid: tool-input-to-eval
    return str(eval(expression, {"legal": legal, "shorts": shorts, "berried": berried}))


TOOLS = [haul_string, tag_string, catch_rate]
