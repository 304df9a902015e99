from donor_desk.tools import gifts, segments, imports  # noqa: F401
