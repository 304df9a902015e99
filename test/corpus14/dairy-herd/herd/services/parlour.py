"""Talks to the milking parlour controller (DelPro-style CLI on the farm server)."""
import os
import subprocess

PARLOUR_CLI = os.environ.get("PARLOUR_CLI", "/opt/parlour/bin/parlourctl")


def milk_yield(cow_id: str, days: int) -> str:
    # ok: tool-input-to-shell
    out = subprocess.check_output([PARLOUR_CLI, "yield", "--cow", cow_id, "--days", str(days)], text=True)
    return out


def sort_gate(cow_ids: list[str], pen: str) -> str:
    cmd = "%s sortgate --pen %s %s" % (PARLOUR_CLI, pen, " ".join(cow_ids))
    # ruleid: tool-input-to-shell
    with os.popen(cmd) as pipe:
        return pipe.read()
