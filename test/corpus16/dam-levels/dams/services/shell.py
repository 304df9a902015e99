import asyncio
import shlex
import subprocess

REPORT_BIN = "/opt/hydro/bin/spillrep"


def run_report(dam: str, period: str) -> str:
    cmd = " ".join([REPORT_BIN, "--dam", dam, "--period", period])
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=90)
    return proc.stdout if proc.returncode == 0 else proc.stderr


async def telemetry_dump(dam: str, channel: str) -> str:
    line = f"telemctl dump --dam {shlex.quote(dam)} --channel {shlex.quote(channel)}"
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(line, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def gate_positions(dam: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"gatectl positions {dam}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
