import asyncio
import shlex
import subprocess


def run_line(command: str) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)
    return proc.stdout or proc.stderr


def run_quoted(program: str, *args: str) -> str:
    line = " ".join([program, *(shlex.quote(a) for a in args)])
    # ok: tool-input-to-shell
    proc = subprocess.run(line, shell=True, capture_output=True, text=True, timeout=60)
    return proc.stdout


async def run_async(command: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
