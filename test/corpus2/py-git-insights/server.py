import os
import re
import subprocess
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from repos import repo_path, RepoError

mcp = FastMCP("git-insights")

REF_RE = re.compile(r"^[\w./-]{1,200}$")


def git(repo: Path, *args: str) -> str:
    # ok: tool-input-to-shell
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise RuntimeError("git failed")
    return result.stdout


@mcp.tool()
def contributors(repo: str, since: str = "1 year ago") -> list[dict]:
    """Top contributors of a repository."""
    path = repo_path(repo)
    out = git(path, "shortlog", "-sne", f"--since={since}", "HEAD")
    rows = []
    for line in out.splitlines():
        count, who = line.strip().split("\t", 1)
        rows.append({"commits": int(count), "author": who})
    return rows


@mcp.tool()
def file_history(repo: str, file: str, max_count: int = 20) -> str:
    """Commits touching one file."""
    path = repo_path(repo)
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"git -C {path} log --follow -n {max_count} --format='%h %an %s' -- {file}", shell=True, text=True)


@mcp.tool()
def diff(repo: str, base: str, head: str = "HEAD") -> str:
    """Diff between two refs."""
    if not (REF_RE.match(base) and REF_RE.match(head)) or base.startswith("-") or head.startswith("-"):
        return "invalid ref"
    # ok: tool-input-to-shell
    return git(repo_path(repo), "diff", "--stat", f"{base}...{head}")


@mcp.tool()
def clone(url: str, name: str) -> str:
    """Clone a repository into the workspace."""
    dest = Path(os.environ.get("GIT_WORKSPACE", "~/src")).expanduser() / name
    cmd = "git clone --depth 1 {} {}".format(url, dest)
    # ruleid: tool-input-to-shell
    subprocess.Popen(cmd, shell=True).wait()
    return f"cloned into {dest}"


@mcp.tool()
def churn(repo: str, path_filter: str = ".") -> list[tuple[str, int]]:
    """Files with most changes."""
    try:
        path = repo_path(repo)
    except RepoError as e:
        # ruleid: error-detail-leak
        return [("error", str(e))]
    out = git(path, "log", "--name-only", "--format=", "--", path_filter)
    counts: dict[str, int] = {}
    for f in filter(None, out.splitlines()):
        counts[f] = counts.get(f, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[:30]


@mcp.tool()
def show_file(repo: str, file: str) -> str:
    """Contents of a file in the working tree of a repository."""
    base = repo_path(repo)
    # ruleid: tool-input-to-path
    return (base / file).read_text(encoding="utf-8", errors="replace")[:50000]


if __name__ == "__main__":
    mcp.run()
