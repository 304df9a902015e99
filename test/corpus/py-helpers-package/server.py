from mcp.server.fastmcp import FastMCP

from netdiag.shell import run, run_args, traceroute_cmd
from netdiag.paths import safe_report_path, report_path
from netdiag import http as nethttp

mcp = FastMCP("netdiag")


@mcp.tool()
def ping(host: str, count: int = 4) -> str:
    """Ping a host."""
    return run(f"ping -c {count} {host}")  # FLAW tool-input-to-shell


@mcp.tool()
def ping_safe(host: str, count: int = 4) -> str:
    """Ping a host without a shell."""
    return run_args(["ping", "-c", str(count), host])  # SAFE tool-input-to-shell


@mcp.tool()
def traceroute(host: str, max_hops: int = 20) -> str:
    """Trace the route to a host."""
    cmd = traceroute_cmd(host, max_hops)
    return run(cmd)  # FLAW tool-input-to-shell


@mcp.tool()
def save_report(name: str, content: str) -> str:
    """Save a diagnostics report."""
    path = safe_report_path(name)
    with open(path, "w") as f:  # SAFE tool-input-to-path
        f.write(content)
    return path


@mcp.tool()
def load_report(name: str) -> str:
    """Load a saved diagnostics report."""
    with open(report_path(name)) as f:  # FLAW tool-input-to-path
        return f.read()


@mcp.tool()
def probe_endpoint(url: str) -> dict:
    """GET a JSON endpoint."""
    return nethttp.get_json(url)  # FLAW tool-input-to-url


@mcp.tool()
def status_of(service: str) -> dict:
    """Status of an internal service from the status page."""
    return nethttp.service_status(service)  # SAFE tool-input-to-url


if __name__ == "__main__":
    mcp.run()
