import asyncio
import shlex
import subprocess

ANALYSER_CLI = "/opt/idexx/bin/labctl"


def run_analyser(device: str, *args: str) -> str:
    cmd = f"{ANALYSER_CLI} --device {device} " + " ".join(args)
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    return proc.stdout or proc.stderr


def run_analyser_quoted(device: str, *args: str) -> str:
    parts = [ANALYSER_CLI, "--device", shlex.quote(device), *[shlex.quote(a) for a in args]]
    # ok: tool-input-to-shell
    proc = subprocess.run(" ".join(parts), shell=True, capture_output=True, text=True, timeout=60)
    return proc.stdout


async def export_batch(batch: str, fmt: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"labctl export --batch {batch} --format {fmt}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def print_label(sample_id: str) -> None:
    # ok: tool-input-to-shell
    subprocess.run(["lp", "-d", "zebra-lab", "-o", f"label={sample_id}", "/srv/labels/template.zpl"], check=True)
