from . import alignment, variants  # noqa: F401  (registers tools on import)
