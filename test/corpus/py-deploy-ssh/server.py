import os
import re
import subprocess

import paramiko
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("deployer")
HOSTS = {"staging": "staging.internal.example.com", "prod": "prod.internal.example.com"}
SERVICE_RE = re.compile(r"[a-z][a-z0-9-]{0,40}")
DEPLOY_KEY = os.path.expanduser("~/.ssh/deploy_ed25519")


def _ssh(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", key_filename=DEPLOY_KEY)
    return client


@mcp.tool()
def remote_exec(env: str, command: str) -> str:
    """Run a command on a deployment host."""
    client = _ssh(HOSTS[env])
    _, stdout, stderr = client.exec_command(command)  # FLAW tool-input-to-shell
    return stdout.read().decode() + stderr.read().decode()


@mcp.tool()
def restart(env: str, service: str) -> str:
    """Restart a service on a host."""
    if env not in HOSTS:
        raise ValueError("unknown environment")
    if not SERVICE_RE.fullmatch(service):
        raise ValueError("invalid service name")
    client = _ssh(HOSTS[env])
    _, stdout, _ = client.exec_command(f"sudo systemctl restart {service}")  # SAFE tool-input-to-shell
    return stdout.read().decode() or "restarted"


@mcp.tool()
def service_logs(env: str, service: str, since: str = "1h") -> str:
    """Logs of a service on a host."""
    client = _ssh(HOSTS.get(env, HOSTS["staging"]))
    _, stdout, _ = client.exec_command("journalctl -u " + service + " --since -" + since)  # FLAW tool-input-to-shell
    return stdout.read().decode()


@mcp.tool()
def sync_build(src_dir: str, env: str = "staging") -> str:
    """Rsync a build directory to a host."""
    target = f"deploy@{HOSTS[env]}:/srv/app/"
    p = subprocess.Popen(f"rsync -az {src_dir}/ {target}", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # FLAW tool-input-to-shell
    return p.communicate()[0].decode()


@mcp.tool()
def sync_build_safe(src_dir: str, env: str = "staging") -> str:
    """Rsync a build directory to a host (argument vector)."""
    target = f"deploy@{HOSTS[env]}:/srv/app/"
    p = subprocess.run(["rsync", "-az", "--", src_dir.rstrip("/") + "/", target], capture_output=True, text=True)  # SAFE tool-input-to-shell
    return p.stdout + p.stderr


@mcp.tool()
def run_linter(linter: str, path: str = ".") -> str:
    """Run a linter binary over the project."""
    return subprocess.run([linter, path], capture_output=True, text=True).stdout  # FLAW tool-input-to-shell


@mcp.tool()
def build_image(tag: str, dockerfile: str = "Dockerfile") -> str:
    """Build a docker image."""
    return subprocess.check_output(["sh", "-c", f"docker build -t {tag} -f {dockerfile} ."], text=True)  # FLAW tool-input-to-shell


@mcp.tool()
def exec_replace(program: str) -> None:
    """Replace the server with another program (debug)."""
    os.execvp(program, [program])  # FLAW tool-input-to-shell


if __name__ == "__main__":
    mcp.run()
