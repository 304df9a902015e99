import os
from pathlib import Path

ARCHIVE_ROOT = Path(os.environ.get("DAW_ARCHIVE", "/srv/daw-archive"))
B2_KEY_ID = os.environ.get("B2_KEY_ID", "")
# ok: hardcoded-secret
B2_APPLICATION_KEY = os.environ.get("B2_APPLICATION_KEY", "")
# ruleid: hardcoded-secret
FREESOUND_API_KEY = "fs_9c41d7a0b2e84f6a93c15d0e7b8a2f64c1d9e3a7"
STEM_FORMATS = ("wav", "flac", "aiff")
