from pathlib import Path


class BaseTool:
    name: str = ""
    description: str = ""

    def __init__(self, routes_dir: str) -> None:
        self.root = Path(routes_dir).resolve()

    def route_path(self, rel: str) -> Path:
        """Resolve a route file below the routes folder."""
        candidate = (self.root / rel).resolve()
        if not candidate.is_relative_to(self.root):
            raise ValueError(f"{rel} is outside the routes folder")
        return candidate

    def run(self, *args, **kwargs):  # pragma: no cover - overridden
        raise NotImplementedError
