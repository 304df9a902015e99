import os
import subprocess
import tarfile
from datetime import datetime
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("backup")
BACKUP_ROOT = Path("/var/backups/mcp").resolve()


class BackupJob:
    def __init__(self, source: str, label: str):
        self.source = source
        self.label = label
        self.stamp = datetime.now().strftime("%Y%m%d-%H%M%S")

    def archive_name(self) -> str:
        return f"{self.label}-{self.stamp}.tar.gz"


@mcp.tool()
def backup_dir(source: str, label: str = "backup") -> str:
    """Create a tar.gz backup of a directory."""
    job = BackupJob(source, label)
    parts = ["tar", "-czf", str(BACKUP_ROOT / job.archive_name()), "-C", job.source, "."]
    cmdline = " ".join(parts)
    subprocess.run(cmdline, shell=True, check=True)  # FLAW tool-input-to-shell
    return job.archive_name()


@mcp.tool()
def backup_dir_safe(source: str, label: str = "backup") -> str:
    """Create a tar.gz backup of a directory (no shell)."""
    job = BackupJob(source, label)
    subprocess.run(["tar", "-czf", str(BACKUP_ROOT / "latest.tar.gz"), "-C", job.source, "."], check=True)  # SAFE tool-input-to-shell
    return "latest.tar.gz"


@mcp.tool()
def backup_files(files: list[str], name: str) -> str:
    """Back up a list of files into one archive."""
    options = {"dest": BACKUP_ROOT / name, "files": files}
    with tarfile.open(options["dest"], "w:gz") as tf:  # FLAW tool-input-to-path
        for f in options["files"]:
            tf.add(f)  # FLAW tool-input-to-path
    return str(options["dest"])


@mcp.tool()
def checksums(files: list[str]) -> dict[str, str]:
    """sha256 of several files."""
    quoted = [f'"{f}"' for f in files]
    out = subprocess.check_output("sha256sum " + " ".join(quoted), shell=True, text=True)  # FLAW tool-input-to-shell
    return dict(line.split(maxsplit=1)[::-1] for line in out.splitlines())


@mcp.tool()
def read_manifests(names: list[str]) -> list[str]:
    """Read backup manifest files."""
    return list(map(lambda n: (BACKUP_ROOT / n / "MANIFEST").read_text(), names))  # FLAW tool-input-to-path


@mcp.tool()
def restore(archive: str, target_dir: str) -> str:
    """Restore an archive from the backup root into a directory."""
    src = (BACKUP_ROOT / archive).resolve()
    if not src.is_relative_to(BACKUP_ROOT):
        raise ValueError("archive must be in the backup root")
    with tarfile.open(src) as tf:  # SAFE tool-input-to-path
        tf.extractall(target_dir, filter="data")  # FLAW tool-input-to-path
    return f"restored into {target_dir}"


@mcp.tool()
def prune(keep: int = 5) -> list[str]:
    """Delete all but the newest backups."""
    archives = sorted(BACKUP_ROOT.glob("*.tar.gz"), key=os.path.getmtime, reverse=True)
    removed = []
    for a in archives[keep:]:
        a.unlink()
        removed.append(a.name)
    return removed


@mcp.tool()
def backup_db(database: str) -> str:
    """Dump a PostgreSQL database."""
    outfile = BACKUP_ROOT / f"{database}.sql"
    env = dict(os.environ, PGDATABASE=database)
    cmd = "pg_dump"
    cmd = cmd + " --no-owner"
    cmd = f"{cmd} --file={outfile} {database}"
    subprocess.call(cmd, shell=True, env=env)  # FLAW tool-input-to-shell
    return str(outfile)


if __name__ == "__main__":
    mcp.run()
