"""Image operations for the gallery (Pillow)."""
import re
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

GALLERY = Path("/srv/gallery").resolve()
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def gallery_path(name: str) -> Path:
    p = (GALLERY / name).resolve()
    if not p.is_relative_to(GALLERY):
        raise ValueError("outside the gallery")
    return p


def thumbnail(name: str, size: int) -> Path:
    src = gallery_path(name)
    dst = src.with_name(f"{src.stem}.thumb{src.suffix}")
    # ok: tool-input-to-path
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im)
        im.thumbnail((size, size))
        im.save(dst)
    return dst


def blur(name: str, radius: float, out: str) -> Path:
    src = gallery_path(name)
    dst = GALLERY / "edited" / out
    with Image.open(src) as im:
        # ruleid: tool-input-to-path
        im.filter(ImageFilter.GaussianBlur(radius)).save(dst)
    return dst
