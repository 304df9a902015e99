import os
import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

from pathguard import resolve_in_root, PathOutsideRoot

ROOT = Path(os.environ.get("PROJECT_ROOT", ".")).resolve()

mcp = FastMCP("project-files", instructions="File access for the current project. Paths are relative to the project root.")


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def read_text(path: str) -> str:
    """Read a text file. Important: paths are relative to the project root."""
    try:
        target = resolve_in_root(ROOT, path)
    except PathOutsideRoot:
        return "path is outside the project"
    # ok: tool-input-to-path
    with open(target, encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def read_config(name: str) -> str:
    """Read a config file from the config folder."""
    # ruleid: tool-input-to-path
    with open(os.path.join(ROOT, "config", name)) as fh:
        return fh.read()


@mcp.tool()
def write_text(path: str, content: str) -> str:
    """Write a text file, creating parent folders."""
    target = Path(ROOT) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    target.write_text(content, encoding="utf-8")
    return f"wrote {len(content)} characters"


@mcp.tool(
    # ruleid: annotation-mismatch
    annotations=ToolAnnotations(readOnlyHint=True, title="Remove folder"),
)
def remove_tree(folder: str) -> str:
    """Delete a folder inside the project."""
    target = resolve_in_root(ROOT, folder)
    if target == ROOT:
        return "refusing to delete the project root"
    # ok: tool-input-to-path
    shutil.rmtree(target)
    return f"removed {folder}"


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def tree(folder: str = ".", depth: int = 2) -> str:
    """Show a directory tree."""
    base = resolve_in_root(ROOT, folder)
    lines = []
    # ok: tool-input-to-path
    for dirpath, dirnames, filenames in os.walk(base):
        level = len(Path(dirpath).relative_to(base).parts)
        if level >= depth:
            dirnames[:] = []
        indent = "  " * level
        lines.append(f"{indent}{Path(dirpath).name}/")
        lines.extend(f"{indent}  {f}" for f in sorted(filenames))
    return "\n".join(lines)


@mcp.tool()
def copy_file(src: str, dst: str) -> str:
    """Copy a file within the project."""
    source = resolve_in_root(ROOT, src)
    dest = ROOT.joinpath(dst)
    # ruleid: tool-input-to-path
    shutil.copyfile(source, dest)
    return "copied"


if __name__ == "__main__":
    mcp.run()
