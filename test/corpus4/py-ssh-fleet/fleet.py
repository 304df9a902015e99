"""Fleet inventory and SSH command helpers."""
import os
import shlex
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

INVENTORY = Path(os.environ.get("FLEET_INVENTORY", "~/.config/fleet/hosts.toml")).expanduser()
SSH_KEY = os.environ.get("FLEET_SSH_KEY", str(Path("~/.ssh/fleet_ed25519").expanduser()))


@dataclass(frozen=True)
class Host:
    name: str
    address: str
    user: str = "ops"
    port: int = 22


def hosts() -> dict[str, Host]:
    data = tomllib.loads(INVENTORY.read_text())
    return {name: Host(name=name, **spec) for name, spec in data.get("hosts", {}).items()}


def ssh_argv(host: Host, remote: list[str]) -> list[str]:
    remote_cmd = " ".join(shlex.quote(part) for part in remote)
    return ["ssh", "-i", SSH_KEY, "-p", str(host.port), "-o", "BatchMode=yes", f"{host.user}@{host.address}", remote_cmd]


def run_remote(host: Host, remote: list[str]) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(ssh_argv(host, remote), capture_output=True, text=True, timeout=60)
    return proc.stdout or proc.stderr


def run_remote_line(host: Host, line: str) -> str:
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"ssh -i {SSH_KEY} {host.user}@{host.address} {line}", shell=True, text=True)
