"""Async wrappers around `wg` and `wg-quick`."""
import asyncio
import logging
from pathlib import Path

log = logging.getLogger("wg")
CONF_DIR = Path("/etc/wireguard")


async def run_argv(*argv: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        log.warning("%s failed: %s", argv[0], err.decode(errors="replace"))
        raise RuntimeError(f"{argv[0]} exited with {proc.returncode}")
    return out.decode()


async def run_line(line: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(line, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode()


def read_interface_conf(iface: str) -> str:
    # ok: tool-input-to-path
    return (CONF_DIR / f"{iface}.conf").read_text()


def read_peer_note(peer_name: str) -> str:
    # ruleid: tool-input-to-path
    return (CONF_DIR / "peers" / f"{peer_name}.txt").read_text()
