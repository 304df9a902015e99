"""MCP server for a TrueNAS SCALE / plain ZFS box: pools, datasets, snapshots, replication.

Runs over stdio on the storage host itself (it needs root for most zfs commands).
"""
import ast
import os
import shlex
import subprocess
import sys
from typing import Annotated, Literal

import yaml
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from settings import DATASET_RE, LOG_DIR, PROPERTIES

mcp = FastMCP("zfs-truenas")



def sh(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    return subprocess.check_output(cmd, shell=True, text=True, stderr=subprocess.STDOUT)


def zfs(*args: str) -> str:
    return subprocess.run(["zfs", *args], check=True, capture_output=True, text=True).stdout


def pools() -> list[str]:
    out = subprocess.run(["zpool", "list", "-H", "-o", "name"], check=True, capture_output=True, text=True).stdout
    return [p for p in out.splitlines() if p]


def human(n: int) -> str:
    for unit in ("B", "K", "M", "G", "T", "P"):
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}E"


@mcp.tool()
def pool_health() -> str:
    """Summary health of all pools (`zpool status -x`)."""
    return sh("zpool status -x")


@mcp.tool()
def list_datasets(pool: str | None = None) -> str:
    """Datasets with used/available space."""
    args = ["list", "-H", "-p", "-o", "name,used,avail,mountpoint"]
    if pool:
        args += ["-r", pool]
    rows = []
    for line in zfs(*args).splitlines():
        name, used, avail, mnt = line.split("\t")
        rows.append(f"{name:40} {human(int(used)):>8} {human(int(avail)):>8}  {mnt}")
    return "\n".join(rows)


@mcp.tool()
def snapshot(dataset: str, name: str, recursive: bool = False) -> str:
    """Create a snapshot dataset@name."""
    flag = "-r " if recursive else ""
    return sh(f"zfs snapshot {flag}{dataset}@{name}") or f"created {dataset}@{name}"


@mcp.tool()
def list_snapshots(dataset: str) -> list[str]:
    """Snapshots of a dataset, newest first."""
    out = zfs("list", "-H", "-t", "snapshot", "-o", "name", "-s", "creation", dataset)
    return list(reversed(out.splitlines()))


@mcp.tool()
def destroy_snapshot(dataset: str, snap: str) -> str:
    """Destroy one snapshot."""
    cmd = f"zfs destroy {shlex.quote(dataset)}@{shlex.quote(snap)}"
    # ok: tool-input-to-shell
    subprocess.run(cmd, shell=True, check=True)
    return f"destroyed {dataset}@{snap}"


@mcp.tool()
def replicate(snapshot_name: str, target_host: str, target_dataset: str) -> str:
    """Send a snapshot to another host with zfs send | ssh zfs recv."""
    # ruleid: tool-input-to-shell
    rc = os.system(f"zfs send -c {snapshot_name} | ssh -o BatchMode=yes {target_host} zfs recv -F {target_dataset}")
    return "replication finished" if rc == 0 else f"replication failed with status {rc}"


@mcp.tool()
def scrub(pool: str) -> str:
    """Start a scrub of a pool."""
    if pool not in pools():
        raise ValueError(f"unknown pool {pool!r}")
    # ok: tool-input-to-shell
    return os.popen(f"zpool scrub {pool} && zpool status {pool} | head -n 5").read()


@mcp.tool()
def set_property(
    dataset: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)*$")],
    prop: Literal["compression", "atime", "recordsize", "quota", "reservation", "readonly"],
    value: Annotated[str, Field(pattern=r"^[A-Za-z0-9.]{1,16}$")],
) -> str:
    """Set a ZFS property on a dataset."""
    # ok: tool-input-to-shell
    return sh(f"zfs set {prop}={value} {dataset}") or f"{dataset}: {prop}={value}"


@mcp.tool()
def quota_from_expression(dataset: str, expression: str) -> str:
    """Set a quota computed from an expression in GiB, e.g. '2*1024 + 512'."""
    # ruleid: tool-input-to-eval
    gib = eval(expression)
    if not DATASET_RE.match(dataset):
        raise ValueError("bad dataset name")
    zfs("set", f"quota={int(gib)}G", dataset)
    return f"{dataset} quota set to {int(gib)}G"


@mcp.tool()
def parse_property_list(text: str) -> dict:
    """Parse a Python-style list/dict of properties pasted by the user, e.g. "{'compression': 'zstd'}"."""
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise ValueError("expected a dict")
    return {k: v for k, v in value.items() if k in PROPERTIES}


@mcp.tool()
def apply_dataset_template(dataset: str, template_yaml: str) -> str:
    """Apply properties from a YAML template (compression, recordsize, ...)."""
    # ok: unsafe-deserialization
    props = yaml.safe_load(template_yaml) or {}
    applied = []
    for key, val in props.items():
        if key in PROPERTIES:
            zfs("set", f"{key}={val}", dataset)
            applied.append(key)
    return f"applied {', '.join(applied) or 'nothing'}"


@mcp.tool()
def import_replication_plan(plan: str) -> str:
    """Load a replication plan exported by the old zettarepl tooling (YAML with tags)."""
    # ruleid: unsafe-deserialization
    data = yaml.unsafe_load(plan)
    tasks = data.get("replication-tasks", {})
    return "\n".join(f"{name}: {t.get('source-dataset')} -> {t.get('target-dataset')}" for name, t in tasks.items())


@mcp.tool()
def read_log(name: str, lines: int = 200) -> str:
    """Tail a log file under /var/log (e.g. 'middlewared.log')."""
    # ruleid: tool-input-to-path
    with open(f"{LOG_DIR}/{name}", encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print(f"zfs-truenas starting, pools: {', '.join(pools())}", file=sys.stderr)
    # ruleid: stdout-in-stdio-server
    print("ready")
    mcp.run()
