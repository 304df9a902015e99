import os
import subprocess
import tempfile
import uuid

import httpx

from immich_client import ImmichClient


class PhotoTools:
    """Tools bound to one Immich instance and one local export folder."""

    def __init__(self, client: ImmichClient, export_root: str):
        self.client = client
        self.export_root = export_root

    def register(self, mcp) -> None:
        mcp.tool()(self.search_photos)
        mcp.tool()(self.export_original)
        mcp.tool()(self.import_from_url)
        mcp.tool()(self.make_thumbnail)

    def search_photos(self, query: str, limit: int = 25) -> str:
        """Smart (CLIP) search over the photo library."""
        assets = self.client.search(query, min(limit, 100))
        return "\n".join(f"{a.id}  {a.taken_at or '?'}  {a.original_file_name}" for a in assets)

    def export_original(self, asset_id: str, dest: str) -> str:
        """Save the original file of an asset into the export folder under the name `dest`."""
        data = self.client.original(asset_id)
        target = os.path.join(self.export_root, dest)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        # ruleid: tool-input-to-path
        with open(target, "wb") as fh:
            fh.write(data)
        return f"saved {len(data)} bytes to {target}"

    def import_from_url(self, url: str, filename: str = "") -> str:
        """Upload a photo found at a shared-album link into the library."""
        if "immich" not in url and "photos.example.family" not in url:
            raise ValueError("only links to our Immich or family photo site are accepted")
        # ruleid: tool-input-to-url
        resp = httpx.get(url, follow_redirects=True, timeout=60)
        resp.raise_for_status()
        return self.client.upload(resp.content, filename or f"{uuid.uuid4()}.jpg")

    def make_thumbnail(self, asset_id: str, size: int = 256) -> str:
        """Render a local JPEG thumbnail of an asset with libvips."""
        data = self.client.original(asset_id)
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")
            with open(src, "wb") as fh:
                fh.write(data)
            out = os.path.join(self.export_root, "thumbs", f"{uuid.uuid4().hex}.jpg")
            # ok: tool-input-to-shell
            subprocess.run(["vipsthumbnail", src, "--size", str(int(size)), "-o", out], check=True, capture_output=True)
        return out
