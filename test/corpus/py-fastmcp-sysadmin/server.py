"""System administration helpers exposed over MCP."""
import os
import shlex
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("sysadmin")


@mcp.tool()
def disk_usage(path: str = "/") -> str:
    """Show disk usage for a path."""
    result = subprocess.run(f"df -h {path}", shell=True, capture_output=True, text=True)  # FLAW tool-input-to-shell
    return result.stdout or result.stderr


@mcp.tool()
def list_processes(filter: str = "") -> str:
    """List running processes, optionally filtered by name."""
    cmd = "ps aux"
    if filter:
        cmd += " | grep " + filter
    return subprocess.check_output(cmd, shell=True, text=True)  # FLAW tool-input-to-shell


@mcp.tool()
def restart_service(name: str) -> str:
    """Restart a systemd service."""
    code = os.system("sudo systemctl restart %s" % name)  # FLAW tool-input-to-shell
    return "ok" if code == 0 else f"failed with exit code {code}"


@mcp.tool()
def dns_lookup(hostname: str, record_type: str = "A") -> str:
    """Resolve a DNS name."""
    with os.popen("dig +short {} {}".format(record_type, hostname)) as p:  # FLAW tool-input-to-shell
        return p.read()


@mcp.tool()
def service_logs(unit: str, lines: int = 100) -> str:
    """Recent journal lines of a systemd unit."""
    proc = subprocess.run(["journalctl", "-u", unit, "-n", str(lines), "--no-pager"], capture_output=True, text=True)  # SAFE tool-input-to-shell
    return proc.stdout


@mcp.tool()
def find_large_files(directory: str, min_size_mb: int = 100) -> str:
    """Find files larger than a size."""
    cmd = f"find {shlex.quote(directory)} -type f -size +{min_size_mb}M"
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout  # SAFE tool-input-to-shell


@mcp.tool()
def uptime() -> str:
    """System uptime and load."""
    return subprocess.check_output("uptime && free -m", shell=True, text=True)  # SAFE tool-input-to-shell


@mcp.tool()
def tail_syslog(lines: int = 50) -> str:
    """Last lines of syslog."""
    return subprocess.getoutput(f"tail -n {lines} /var/log/syslog")  # SAFE tool-input-to-shell


@mcp.tool()
def kill_process(pid: str, signal: str = "TERM") -> str:
    """Send a signal to a process."""
    out = subprocess.getoutput("kill -" + signal + " " + pid)  # FLAW tool-input-to-shell
    return out or f"sent SIG{signal} to {pid}"


@mcp.tool()
def ping(host: str, count: int = 3) -> str:
    """Ping a host."""
    proc = subprocess.Popen(["ping", "-c", str(count), host], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # SAFE tool-input-to-shell
    out, _ = proc.communicate(timeout=30)
    return out


if __name__ == "__main__":
    mcp.run()
