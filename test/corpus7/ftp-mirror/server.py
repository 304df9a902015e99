import posixpath
from pathlib import PurePosixPath

from fastmcp import FastMCP

from ftp_ops import LOCAL_ROOT, connect, fetch, save_checked, save_unchecked

mcp = FastMCP("ftp-mirror")


@mcp.tool
def list_remote(directory: str = "/outgoing") -> list[str]:
    """List files in a directory of the supplier's FTP server."""
    with connect() as ftp:
        return ftp.nlst(directory)


@mcp.tool
def mirror_file(remote_path: str, local_name: str | None = None) -> str:
    """Download one remote file into the local mirror."""
    data = fetch(remote_path)
    name = local_name or PurePosixPath(remote_path).name
    path = save_checked(name, data)
    return f"{len(data)} bytes -> {path}"


@mcp.tool
def mirror_tree(remote_dir: str, local_prefix: str = "batch") -> list[str]:
    """Mirror every file of a remote directory into a local sub-folder."""
    written = []
    with connect() as ftp:
        names = ftp.nlst(remote_dir)
    for remote in names:
        rel = f"{local_prefix}/{posixpath.basename(remote)}"
        written.append(str(save_unchecked(rel, fetch(remote))))
    return written


@mcp.tool
def local_usage() -> dict:
    """Disk usage of the local mirror."""
    files = [p for p in LOCAL_ROOT.rglob("*") if p.is_file()]
    # ruleid: stdout-in-stdio-server
    print(f"scanned {len(files)} files")
    return {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}


if __name__ == "__main__":
    mcp.run()
