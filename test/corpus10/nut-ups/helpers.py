import subprocess


def upsc(ups: str) -> dict[str, str]:
    """Read all variables of a UPS via upsc."""
    # ok: tool-input-to-shell
    out = subprocess.run(["upsc", ups], capture_output=True, text=True, check=True, timeout=10).stdout
    values = {}
    for line in out.splitlines():
        key, _, value = line.partition(": ")
        values[key] = value
    return values


def run_cmd(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
    return (proc.stdout + proc.stderr).strip()


def list_upses() -> list[str]:
    out = subprocess.run(["upsc", "-l"], capture_output=True, text=True, check=True).stdout
    return out.split()
