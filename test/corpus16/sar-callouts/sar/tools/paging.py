import os
import shlex
import subprocess

from .base import BaseTool

PAGER_BIN = os.environ.get("SAR_PAGER", "/usr/local/bin/sarpager")


class PageTeamTool(BaseTool):
    name = "page_team"
    description = "Send a callout page to a rescue team with an incident summary."

    def run(self, team: str, message: str, priority: int = 2) -> str:
        line = f"{PAGER_BIN} --team {team} --priority {priority} --msg '{message}'"
        # ruleid: tool-input-to-shell
        status = os.system(line)
        return "paged" if status == 0 else f"pager exited with {status}"


class PagerTestTool(BaseTool):
    name = "pager_test"
    description = "Send a test page to a single member's pager."

    def run(self, member: str, text: str = "TEST - no action") -> str:
        cmd = f"{PAGER_BIN} --member {shlex.quote(member)} --msg {shlex.quote(text)}"
        # ok: tool-input-to-shell
        done = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20)
        return done.stdout or "sent"
