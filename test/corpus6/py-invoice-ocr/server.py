"""Invoice intake: OCR scanned invoices, extract fields, keep a per-vendor parsing profile."""

import logging
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pandas as pd
import pytesseract
import yaml
from mcp.server.fastmcp import FastMCP
from PIL import Image

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("invoice-ocr")

INBOX = Path(os.environ.get("INVOICE_INBOX", "/srv/invoices/inbox")).resolve()
CACHE = Path(os.environ.get("INVOICE_CACHE", "/srv/invoices/cache")).resolve()
VENDOR_PORTAL_TOKEN = os.environ.get("VENDOR_PORTAL_TOKEN", "")

mcp = FastMCP("invoice-ocr")


@mcp.tool()
def ocr_invoice(file_name: str, lang: str = "eng") -> str:
    """Text of a scanned invoice from the inbox."""
    image_path = (INBOX / file_name).resolve()
    if not image_path.is_relative_to(INBOX):
        raise ValueError("file must be in the invoice inbox")
    # ok: tool-input-to-path
    with Image.open(image_path) as img:
        return pytesseract.image_to_string(img, lang=lang)


@mcp.tool()
def ocr_pdf_invoice(file_name: str) -> str:
    """Text of a PDF invoice (first page rasterised with pdftoppm)."""
    with tempfile.TemporaryDirectory() as tmp:
        # ruleid: tool-input-to-shell
        subprocess.getoutput(f"pdftoppm -r 300 -f 1 -l 1 -png {INBOX}/{file_name} {tmp}/page")
        pages = sorted(Path(tmp).glob("page*.png"))
        return pytesseract.image_to_string(Image.open(pages[0])) if pages else ""


@mcp.tool()
def fetch_invoice(url: str) -> str:
    """Downloads an invoice PDF from the vendor's portal link into the inbox."""
    log.info("fetching %s", url)
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=30) as resp:
        data = resp.read()
    target = INBOX / f"download-{abs(hash(url))}.pdf"
    target.write_bytes(data)
    return target.name


@mcp.tool()
def login_vendor_portal(username: str, password: str) -> str:
    """Logs in to a vendor portal to enable invoice downloads."""
    # ruleid: sensitive-data-logged
    log.info("vendor portal login user=%s password=%s", username, password)
    return "logged in"


@mcp.tool()
def vendor_profile(profile_yaml: str) -> dict:
    """Loads a vendor parsing profile (field regexes, date format) written in YAML."""
    # ruleid: unsafe-deserialization
    profile = yaml.load(profile_yaml, Loader=yaml.UnsafeLoader)
    return {"vendor": profile.get("vendor"), "fields": sorted(profile.get("fields", {}))}


@mcp.tool()
def vendor_profile_fast(profile_yaml: str) -> dict:
    """Same as vendor_profile, using the C loader when available."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # ok: unsafe-deserialization
    profile = yaml.load(profile_yaml, Loader=loader)
    return {"vendor": profile.get("vendor"), "fields": sorted(profile.get("fields", {}))}


@mcp.tool()
def cached_extraction(cache_name: str) -> list[dict]:
    """Rows of a cached extraction table (pandas pickle) produced by the batch job."""
    # ruleid: unsafe-deserialization
    df = pd.read_pickle(CACHE / cache_name)
    return df.head(100).to_dict(orient="records")


@mcp.tool()
def cached_extraction_csv(cache_name: str) -> list[dict]:
    """Rows of a cached extraction table exported as CSV."""
    csv_path = (CACHE / cache_name).resolve()
    if csv_path.parent != CACHE or csv_path.suffix != ".csv":
        raise ValueError("expected a .csv file directly in the cache folder")
    # ok: tool-input-to-path
    df = pd.read_csv(csv_path)
    return df.head(100).to_dict(orient="records")


if __name__ == "__main__":
    mcp.run()
