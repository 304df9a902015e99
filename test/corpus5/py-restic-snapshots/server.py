"""Restic snapshot management for the NAS (FastMCP over SSE on the home network)."""
import json
import os
import shlex
import subprocess

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

REPO = os.environ.get("RESTIC_REPOSITORY", "/volume1/restic")
ENV = {**os.environ, "RESTIC_REPOSITORY": REPO}

mcp = FastMCP(
    "restic-snapshots",
    host="127.0.0.1",
    port=8622,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"]),
)


@mcp.tool()
def snapshots(host: str = "") -> list[dict]:
    """List snapshots, optionally for one host."""
    cmd = ["restic", "snapshots", "--json"]
    if host:
        cmd += ["--host", host]
    # ok: tool-input-to-shell
    out = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=True).stdout
    return [{"id": s["short_id"], "time": s["time"][:19], "paths": s["paths"]} for s in json.loads(out)]


@mcp.tool()
def forget_snapshot(snapshot_id: str, prune: bool = False) -> str:
    """Forget one snapshot (and optionally prune unreferenced data)."""
    cmd = f"restic forget {snapshot_id}" + (" --prune" if prune else "")
    try:
        # ruleid: tool-input-to-shell
        done = subprocess.run(cmd, shell=True, env=ENV, capture_output=True, text=True, check=True)
        return done.stdout[-2000:]
    except subprocess.CalledProcessError as e:
        # ruleid: error-detail-leak
        return "restic failed: " + str(e) + "\n" + e.stderr


@mcp.tool()
def restore_file(snapshot_id: str, path: str, target: str = "/volume1/restore") -> str:
    """Restore one file from a snapshot into the restore folder."""
    cmd = "restic restore {} --include {} --target {}".format(shlex.quote(snapshot_id), shlex.quote(path), shlex.quote(target))
    # ok: tool-input-to-shell
    code = subprocess.call(cmd, shell=True, env=ENV)
    return "restored" if code == 0 else f"restic exited with {code}"


@mcp.tool()
# ruleid: weak-input-schema
def check_repo(read_data_subset):
    """Verify repository integrity, reading a subset of the data (e.g. '5%' or '1/10')."""
    # ruleid: tool-input-to-shell
    status = os.system("restic check --read-data-subset=" + str(read_data_subset) + " > /tmp/restic-check.log 2>&1")
    with open("/tmp/restic-check.log", encoding="utf-8") as fh:
        return f"exit {status >> 8}\n" + fh.read()[-3000:]


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="sse")
