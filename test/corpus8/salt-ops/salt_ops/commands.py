import shlex
import subprocess


class SaltRunner:
    def __init__(self, binary: str = "salt", timeout: int = 120):
        self.binary = binary
        self.timeout = timeout

    def _argv(self, target: str, function: str, *args: str) -> list[str]:
        return [self.binary, "--out=json", "--static", "-L" if "," in target else "-G" if ":" in target else "-E", target, function, *args]

    def run(self, target: str, function: str, args: list[str]) -> str:
        # ok: tool-input-to-shell
        return subprocess.run(self._argv(target, function, *args), capture_output=True, text=True, timeout=self.timeout).stdout

    def apply(self, target: str, state: str, test: bool) -> str:
        line = " ".join([self.binary, "--out=json", shlex.quote(target), "state.apply", shlex.quote(state), f"test={test}"])
        # ok: tool-input-to-shell
        return subprocess.run(line, shell=True, capture_output=True, text=True, timeout=self.timeout).stdout

    def cmd_run(self, target: str, command: str) -> str:
        glob = f"lab-* and {target}"
        line = "%s -C '%s' cmd.run '%s'" % (self.binary, glob, command)
        # ruleid: tool-input-to-shell
        return subprocess.check_output(line, shell=True, text=True, timeout=self.timeout)
