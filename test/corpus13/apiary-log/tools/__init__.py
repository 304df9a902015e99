from tools import inspections, photos  # noqa: F401
