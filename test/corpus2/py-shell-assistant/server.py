"""Shell assistant MCP server: small wrappers around common Unix tools."""

import shlex
import subprocess
import sys
import os
from typing import Literal

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("shell-assistant")

WORKDIR = os.environ.get("SHELL_ASSISTANT_DIR", os.getcwd())


@mcp.tool()
def run_command(command: str) -> str:
    """Run a shell command in the working directory and return its output."""
    # ruleid: tool-input-to-shell
    proc = subprocess.run(command, shell=True, cwd=WORKDIR, capture_output=True, text=True, timeout=60)
    return proc.stdout + proc.stderr


@mcp.tool()
def list_files(path: str = ".", show_hidden: bool = False) -> str:
    """List files in a directory."""
    args = ["ls", "-l"]
    if show_hidden:
        args.append("-a")
    args.append("--")
    args.append(path)
    # ok: tool-input-to-shell
    proc = subprocess.run(args, cwd=WORKDIR, capture_output=True, text=True)
    return proc.stdout


@mcp.tool()
def word_count(filename: str) -> str:
    """Count lines, words and bytes of a file."""
    # ruleid: tool-input-to-shell
    stream = os.popen("wc " + filename)
    return stream.read()


@mcp.tool()
def compress(folder: str, fmt: Literal["gz", "bz2", "xz"] = "gz") -> str:
    """Create a tarball of a folder."""
    flag = {"gz": "z", "bz2": "j", "xz": "J"}[fmt]
    out = f"{folder.rstrip('/')}.tar.{fmt}"
    # ruleid: tool-input-to-shell
    status = os.system(f"tar -c{flag}f {out} {folder}")
    # ruleid: stdout-in-stdio-server
    print(f"compress exit status {status}")
    return f"created {out}" if status == 0 else "tar failed"


@mcp.tool()
def checksum(filename: str, algorithm: Literal["md5", "sha1", "sha256"] = "sha256") -> str:
    """Compute a file checksum."""
    cmd = f"{algorithm}sum {shlex.quote(filename)}"
    # ok: tool-input-to-shell
    out = subprocess.check_output(cmd, shell=True, cwd=WORKDIR, text=True)
    return out.split()[0]


@mcp.tool()
def which(program: str) -> str:
    """Locate a program on PATH."""
    # ok: tool-input-to-shell
    result = subprocess.run(["which", program], capture_output=True, text=True)
    # ok: stdout-in-stdio-server
    print(f"which {program} -> {result.returncode}", file=sys.stderr)
    return result.stdout.strip() or f"{program} not found"


@mcp.tool()
def grep_text(pattern: str, glob: str = "*.txt") -> str:
    """Search files matching a glob for a pattern."""
    # ruleid: tool-input-to-shell
    proc = subprocess.Popen(["sh", "-c", f"grep -n '{pattern}' {glob}"], cwd=WORKDIR, stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=30)
    return out


if __name__ == "__main__":
    mcp.run()
