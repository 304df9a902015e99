from pathlib import Path


class Blocklist:
    def __init__(self, path: str):
        self.path = Path(path)
        self._domains = {l.strip().lower() for l in self.path.read_text().splitlines() if l.strip() and not l.startswith("#")}

    def blocked(self, host: str | None) -> bool:
        if not host:
            return True
        host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self._domains)
