"""MCP server for a small translation agency: jobs, translation memory, file conversion."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import httpx
from mcp.server.fastmcp import FastMCP

from glossary import export_termbase, load_tm_snapshot, merge_glossary

PROJECTS = Path(os.environ.get("AGENCY_PROJECTS", "/srv/agency/projects")).resolve()
DB_PATH = os.environ.get("AGENCY_DB", "/srv/agency/agency.db")
DEEPL_KEY = os.environ.get("DEEPL_API_KEY", "")

mcp = FastMCP("translation-agency")
conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row
http = httpx.AsyncClient(timeout=20)


def _project_file(project: str, name: str) -> Path:
    target = (PROJECTS / project / name).resolve()
    if not target.is_relative_to(PROJECTS):
        raise ValueError("file is outside the projects folder")
    return target


@mcp.tool()
async def list_jobs(client: str, status: str = "open") -> str:
    """List a client's translation jobs."""
    # ok: tool-input-to-sql
    rows = conn.execute("SELECT id, title, source_lang, target_lang, due FROM jobs WHERE client = ? AND status = ? ORDER BY due", (client, status)).fetchall()
    return "\n".join(f"#{r['id']} {r['title']} {r['source_lang']}→{r['target_lang']} due {r['due']}" for r in rows) or "no jobs"


@mcp.tool()
async def translators_for(language_pair: str) -> str:
    """Freelancers who work in a language pair such as de-en."""
    src, _, tgt = language_pair.partition("-")
    # ruleid: tool-input-to-sql
    rows = conn.execute(f"SELECT name, rate_per_word FROM translators WHERE pairs LIKE '%{src}>{tgt}%' AND active = 1").fetchall()
    return "\n".join(f"{r['name']} (€{r['rate_per_word']:.3f}/word)" for r in rows) or "nobody"


@mcp.tool()
async def word_count(project: str, name: str) -> str:
    """Count the words of a source file of a project."""
    # ok: tool-input-to-path
    text = _project_file(project, name).read_text(encoding="utf-8", errors="replace")
    return f"{len(text.split())} words"


@mcp.tool()
async def read_reference(project: str, name: str) -> str:
    """Read a reference document the client supplied."""
    # ruleid: tool-input-to-path
    return (PROJECTS / project / "reference" / name).read_text(encoding="utf-8")


@mcp.tool()
async def extract_xliff(project: str, name: str) -> str:
    """Extract translatable segments of a DOCX/IDML file to XLIFF with Okapi Tikal."""
    src = _project_file(project, name)
    # ok: tool-input-to-shell
    proc = subprocess.run(["tikal.sh", "-x", str(src), "-nocopy"], capture_output=True, text=True, timeout=300)
    return proc.stdout[-2000:] or proc.stderr[-2000:]


@mcp.tool()
async def merge_xliff(project: str, name: str, target_lang: str) -> str:
    """Merge a translated XLIFF back into the original format."""
    cmd = f"tikal.sh -m {PROJECTS}/{project}/{name}.xlf -tl {target_lang}"
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=300)
    return proc.stdout[-2000:] or proc.stderr[-2000:]


@mcp.tool()
async def machine_translate(text: str, target_lang: str, formality: str = "default") -> str:
    """Pre-translate a segment with DeepL."""
    # ok: tool-input-to-url
    resp = await http.post("https://api.deepl.com/v2/translate", data={"text": text, "target_lang": target_lang, "formality": formality}, headers={"Authorization": f"DeepL-Auth-Key {DEEPL_KEY}"})
    resp.raise_for_status()
    return resp.json()["translations"][0]["text"]


@mcp.tool()
async def deliver(job_id: int, callback_url: str) -> str:
    """Mark a job delivered and notify the client's portal."""
    conn.execute("UPDATE jobs SET status = 'delivered', delivered_on = ? WHERE id = ?", (date.today().isoformat(), job_id))
    conn.commit()
    # ruleid: tool-input-to-url
    resp = await http.post(callback_url, json={"job": job_id, "status": "delivered"})
    return f"delivered; portal answered {resp.status_code}"


@mcp.tool()
async def restore_tm(snapshot_b64: str) -> str:
    """Restore a translation-memory snapshot exported by the old CAT server."""
    tm = load_tm_snapshot(snapshot_b64)
    return f"restored {len(tm)} segments"


@mcp.tool()
async def glossary_merge(project: str, terms_json: str) -> str:
    """Merge terms (a JSON object source → target) into a project's glossary."""
    merged = merge_glossary(_project_file(project, "glossary.json"), terms_json)
    return f"glossary now has {merged} terms"


@mcp.tool()
async def termbase_tbx(project: str) -> str:
    """Export a project's glossary as TBX."""
    return export_termbase(_project_file(project, "glossary.json"))


@mcp.tool()
async def quote(words: int, rate_per_word: float, rush: bool = False) -> str:
    """Price a job."""
    total = words * rate_per_word * (1.5 if rush else 1.0)
    return f"€{max(total, 35.0):.2f}"


if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print(f"translation-agency MCP starting, projects in {PROJECTS}")
    mcp.run()
