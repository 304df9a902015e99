import asyncio


async def sh(cmd: str, timeout: float = 60.0) -> str:
    """Run a shell command line on the manager and return its combined output."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    return out.decode(errors="replace")


async def run_argv(*argv: str, stdin: bytes | None = None, timeout: float = 60.0) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec(*argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(stdin), timeout)
    return out.decode(errors="replace")
