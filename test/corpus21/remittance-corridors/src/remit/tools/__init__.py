from . import fx, partners, batches  # noqa: F401  (registers the tools on import)
