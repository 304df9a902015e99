import os

from astropy.io import fits

ARCHIVE = os.environ.get("FITS_ARCHIVE", "/data/observatory/raw")


def header(obs_id, filename):
    path = os.path.join(ARCHIVE, obs_id, filename)
    # ruleid: tool-input-to-path
    with fits.open(open(path, "rb")) as hdul:
        return {k: str(v) for k, v in hdul[0].header.items()}


def row_filter(expression):
    """Build a predicate like `exposure_s > 60 and filter == 'Ha'` for observation rows."""
    # ruleid: tool-input-to-eval
    return eval(f"lambda row: {expression}")
