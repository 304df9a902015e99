import asyncio
import shlex
from pathlib import Path

from ..app import EXPORT_DIR, incident_dir, log_calls, mcp

FORMATS = {"markdown": "md", "html": "html", "pdf": "pdf"}


def _pandoc_command(src: Path, dest: Path, title: str) -> str:
    return f"pandoc {shlex.quote(str(src))} -o {shlex.quote(str(dest))} --metadata title={shlex.quote(title)}"


async def _run_shell(cmd: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


@mcp.tool()
@log_calls
async def export_postmortem(incident_id: str, fmt: str = "markdown", title: str = "Postmortem") -> str:
    """Render the incident's postmortem document to markdown, html or pdf."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {sorted(FORMATS)}")
    src = incident_dir(incident_id) / "postmortem.md"
    dest = EXPORT_DIR / f"{src.parent.name}.{FORMATS[fmt]}"
    return await _run_shell(_pandoc_command(src, dest, title))


@mcp.tool()
@log_calls
async def archive_incident(incident_id: str, label: str) -> str:
    """Tar up an incident folder for long-term storage."""
    cmd = "tar czf %s/%s-%s.tgz -C %s ." % (EXPORT_DIR, incident_id, label, incident_dir(incident_id))
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()
    return f"archived with exit code {proc.returncode}"
