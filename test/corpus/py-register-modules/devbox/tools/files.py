import os
import zipfile
import tarfile

from mcp.server.fastmcp import FastMCP


class ArchiveTools:
    def __init__(self, mcp: FastMCP, root: str):
        self.root = os.path.realpath(root)
        mcp.tool()(self.extract_zip)
        mcp.tool()(self.list_archive)
        mcp.tool()(self.extract_tar_checked)

    def extract_zip(self, archive: str, dest: str) -> str:
        """Extract a zip archive."""
        with zipfile.ZipFile(archive) as zf:  # FLAW tool-input-to-path
            zf.extractall(dest)  # FLAW tool-input-to-path
        return f"extracted to {dest}"

    def list_archive(self, archive: str) -> list[str]:
        """List members of a tar archive."""
        with tarfile.open(os.path.join(self.root, archive)) as tf:  # FLAW tool-input-to-path
            return tf.getnames()

    def extract_tar_checked(self, archive: str) -> str:
        """Extract a tar archive from the root into the root."""
        src = os.path.realpath(os.path.join(self.root, archive))
        if not src.startswith(self.root + os.sep):
            raise ValueError("archive must be inside the root")
        with tarfile.open(src) as tf:  # SAFE tool-input-to-path
            tf.extractall(self.root, filter="data")
        return "ok"
