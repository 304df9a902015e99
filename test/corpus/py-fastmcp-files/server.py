import glob
import os
import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP

ROOT = Path(os.environ.get("FILES_ROOT", "~/mcp-files")).expanduser().resolve()
BASE_DIR = str(ROOT)

mcp = FastMCP("files", instructions="Read and manage files in the shared folder.")


def _inside(p: str) -> Path:
    candidate = (ROOT / p).resolve()
    if not candidate.is_relative_to(ROOT):
        raise ValueError(f"{p} is outside the shared folder")
    return candidate


@mcp.tool()
def read_file(path: str) -> str:
    """Read a text file from the shared folder."""
    return (ROOT / path).read_text(encoding="utf-8")  # FLAW tool-input-to-path


@mcp.tool()
def read_file_checked(path: str) -> str:
    """Read a text file (containment checked)."""
    target = _inside(path)
    return target.read_text(encoding="utf-8")  # SAFE tool-input-to-path


@mcp.tool()
def write_file(path: str, content: str) -> str:
    """Write a text file."""
    full = os.path.join(BASE_DIR, path)
    with open(full, "w", encoding="utf-8") as fh:  # FLAW tool-input-to-path
        fh.write(content)
    return f"wrote {len(content)} characters"


@mcp.tool()
def write_file_checked(path: str, content: str) -> str:
    """Write a text file (commonpath check)."""
    full = os.path.realpath(os.path.join(BASE_DIR, path))
    if os.path.commonpath([full, BASE_DIR]) != BASE_DIR:
        return "error: path escapes the shared folder"
    with open(full, "w", encoding="utf-8") as fh:  # SAFE tool-input-to-path
        fh.write(content)
    return "ok"


@mcp.tool()
def delete_folder(folder: str) -> str:
    """Delete a folder recursively."""
    shutil.rmtree(os.path.join(BASE_DIR, folder))  # FLAW tool-input-to-path
    return f"deleted {folder}"


@mcp.tool()
def copy_file(src: str, dst: str) -> str:
    """Copy a file."""
    shutil.copy(src, dst)  # FLAW tool-input-to-path
    return f"copied {src} to {dst}"


@mcp.tool()
def search_files(pattern: str) -> list[str]:
    """Glob for files in the shared folder."""
    return glob.glob(os.path.join(BASE_DIR, pattern), recursive=True)  # FLAW tool-input-to-path


@mcp.tool()
def list_dir(subdir: str = ".") -> list[str]:
    """List a directory inside the shared folder."""
    d = (ROOT / subdir).resolve()
    try:
        d.relative_to(ROOT)
    except ValueError:
        raise ValueError("directory outside the shared folder")
    return sorted(p.name for p in d.iterdir())  # SAFE tool-input-to-path


@mcp.tool()
def head_bytes(path: str, n: int = 512) -> str:
    """First bytes of a file, hex encoded."""
    return Path(BASE_DIR, path).read_bytes()[:n].hex()  # FLAW tool-input-to-path


@mcp.tool()
def rename(old: str, new: str) -> str:
    """Rename a file inside the shared folder."""
    src = Path(BASE_DIR).joinpath(old)
    dst = Path(BASE_DIR).joinpath(new)
    src.rename(dst)  # FLAW tool-input-to-path
    return "renamed"


@mcp.tool()
def read_lines(paths: list[str]) -> dict[str, int]:
    """Count lines of several files."""
    return {p: len(open(os.path.join(BASE_DIR, p)).readlines()) for p in paths}  # FLAW tool-input-to-path


@mcp.tool()
def make_dir(name: str) -> str:
    """Create a directory inside the shared folder."""
    real = os.path.realpath(os.path.join(BASE_DIR, name))
    if not real.startswith(BASE_DIR + os.sep):
        raise ValueError("invalid directory name")
    os.makedirs(real, exist_ok=True)  # SAFE tool-input-to-path
    return real


if __name__ == "__main__":
    mcp.run(transport="stdio")
