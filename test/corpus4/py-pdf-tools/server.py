"""PDF tools MCP server (stdio): text, metadata, merge, watermark, OCR."""
import os
import shlex
import subprocess
from pathlib import Path

from mcp.server.fastmcp import Context, FastMCP
from pydantic import Field
from pypdf import PdfReader, PdfWriter

DOCS = Path(os.environ.get("PDF_DOCS", "~/Documents")).expanduser().resolve()
mcp = FastMCP("pdf-tools")


def inside_docs(name: str) -> Path:
    p = (DOCS / name).resolve()
    if not p.is_relative_to(DOCS):
        raise ValueError("path must stay inside the documents folder")
    return p


@mcp.tool()
def pdf_text(name: str, max_pages: int = Field(20, ge=1, le=500)) -> str:
    """Extract text from a PDF in the documents folder."""
    # ok: tool-input-to-path
    reader = PdfReader(inside_docs(name))
    return "\n\n".join(page.extract_text() or "" for page in reader.pages[:max_pages])


@mcp.tool()
def pdf_metadata(path: str) -> dict:
    """Title, author and page count of any PDF by path."""
    # ruleid: tool-input-to-path
    reader = PdfReader(open(path, "rb"))
    meta = reader.metadata or {}
    return {"title": meta.get("/Title"), "author": meta.get("/Author"), "pages": len(reader.pages)}


@mcp.tool()
def merge(names: list[str], output: str) -> str:
    """Merge PDFs from the documents folder into DOCS/merged/<output>.pdf."""
    writer = PdfWriter()
    for n in names:
        writer.append(inside_docs(n))
    target = DOCS / "merged" / f"{os.path.basename(output)}.pdf"
    target.parent.mkdir(exist_ok=True)
    # ok: tool-input-to-path
    with open(target, "wb") as fh:
        writer.write(fh)
    return str(target)


@mcp.tool()
async def ocr(name: str, language: str = Field("eng", pattern=r"^[a-z]{3}(\+[a-z]{3})*$"), ctx: Context = None) -> str:
    """Run OCR (ocrmypdf) on a scanned PDF; writes <name>.ocr.pdf."""
    src = inside_docs(name)
    dst = src.with_suffix(".ocr.pdf")
    if ctx:
        await ctx.info(f"OCR {src.name} ({language})")
    # ok: tool-input-to-shell
    proc = subprocess.run(["ocrmypdf", "-l", language, "--skip-text", str(src), str(dst)], capture_output=True, text=True)
    return proc.stderr[-2000:] if proc.returncode else f"wrote {dst.name}"


@mcp.tool()
def watermark(name: str, text: str) -> str:
    """Stamp a text watermark on every page (uses qpdf and a generated overlay)."""
    src = inside_docs(name)
    overlay = f"/tmp/wm-{os.getpid()}.pdf"
    # ok: tool-input-to-shell
    subprocess.run(f"echo {shlex.quote(text)} | enscript -B -o - | ps2pdf - {overlay}", shell=True, check=True)
    out = src.with_name(src.stem + "-wm.pdf")
    subprocess.run(["qpdf", str(src), "--overlay", overlay, "--repeat=1", "--", str(out)], check=True)
    return out.name


@mcp.tool()
def compress(name: str, quality: str = "ebook") -> str:
    """Compress a PDF with Ghostscript (quality: screen, ebook, printer, prepress)."""
    src = inside_docs(name)
    out = src.with_name(src.stem + "-small.pdf")
    cmd = "gs -sDEVICE=pdfwrite -dPDFSETTINGS=/%s -dNOPAUSE -dBATCH -sOutputFile=%s %s" % (quality, out, src)
    # ruleid: tool-input-to-shell
    subprocess.check_call(cmd, shell=True)
    return out.name


if __name__ == "__main__":
    mcp.run()
