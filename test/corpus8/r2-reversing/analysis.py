import json
import os
import subprocess

SAMPLES_DIR = os.environ.get("SAMPLES_DIR", "/srv/malware-lab/samples")


class Session:
    def __init__(self, path: str):
        self.path = path

    @classmethod
    def open(cls, sample: str) -> "Session":
        return cls(os.path.join(SAMPLES_DIR, sample))

    def _r2(self, commands: str) -> str:
        return subprocess.run(["r2", "-q", "-e", "bin.cache=true", "-c", commands, self.path], capture_output=True, text=True, timeout=120).stdout

    def functions(self) -> list[dict]:
        return json.loads(self._r2("aaa; aflj") or "[]")

    def disasm(self, address: str, count: int) -> str:
        return self._r2(f"aa; pd {int(count)} @ {address}")

    def strings_grep(self, needle: str) -> str:
        # ruleid: tool-input-to-shell
        return os.popen(f"rabin2 -zz {self.path} | grep -i '{needle}'").read()

    def facts(self) -> dict:
        info = json.loads(self._r2("ij") or "{}")
        sections = json.loads(self._r2("iSj") or "[]")
        return {
            "arch": info.get("bin", {}).get("arch"),
            "bits": info.get("bin", {}).get("bits"),
            "sections": [s.get("name") for s in sections],
            "entropy": max((s.get("entropy", 0) for s in sections), default=0),
        }
