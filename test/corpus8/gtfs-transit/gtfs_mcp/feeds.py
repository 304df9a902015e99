import os
import tempfile
import zipfile

import httpx

FEEDS_DIR = os.environ.get("GTFS_DIR", "/var/lib/gtfs")

AGENCIES = {
    "bvg": "https://www.bvg.de/gtfs/GTFS.zip",
    "mvv": "https://www.mvv-muenchen.de/fileadmin/gtfs/mvv_gtfs.zip",
    "vbb": "https://www.vbb.de/vbbgtfs",
    "hvv": "https://daten.transparenz.hamburg.de/gtfs/hvv.zip",
}


async def download_feed(url: str) -> str:
    fd, path = tempfile.mkstemp(suffix=".zip")
    async with httpx.AsyncClient(timeout=120, follow_redirects=True) as client:
        # ruleid: tool-input-to-url
        async with client.stream("GET", url) as resp:
            resp.raise_for_status()
            with os.fdopen(fd, "wb") as fh:
                async for chunk in resp.aiter_bytes():
                    fh.write(chunk)
    return path


def extract_feed(zip_path: str, name: str) -> str:
    target = os.path.join(FEEDS_DIR, name)
    os.makedirs(target, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        members = [m for m in zf.namelist() if m.endswith(".txt") and "/" not in m and ".." not in m]
        zf.extractall(target, members=members)
    os.unlink(zip_path)
    return f"{len(members)} files loaded into {name}"
