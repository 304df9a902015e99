"""Temperature cables, moisture sensors and aeration fans of the silo site."""
import asyncio
import os
import shlex
import subprocess

SILOS = {"S1": "silo1.site.lan", "S2": "silo2.site.lan", "S3": "silo3.site.lan", "S4": "silo4.site.lan"}
CABLE_TOOL = os.environ.get("CABLE_TOOL", "/opt/grain/bin/cablereader")


async def read_cables(silo: str, cable: str) -> str:
    host = SILOS[silo]
    cmd = f"{CABLE_TOOL} --host {shlex.quote(host)} --cable {shlex.quote(cable)} --format json"
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(err.decode())
    return out.decode()


def fan_command(silo: str, action: str, minutes: int) -> list[str]:
    return [CABLE_TOOL, "--host", SILOS[silo], "fan", action, "--minutes", str(minutes)]


def run_fan(silo: str, action: str, minutes: int) -> str:
    # ok: tool-input-to-shell
    return subprocess.check_output(fan_command(silo, action, minutes), text=True)


def moisture_export(silo: str, dest: str) -> str:
    # ruleid: tool-input-to-shell
    return os.popen(f"{CABLE_TOOL} --host {SILOS[silo]} moisture --csv > {dest}").read()


def calibrate(silo: str, offsets: list[str]) -> str:
    args = " ".join(offsets)
    # ruleid: tool-input-to-shell
    p = subprocess.Popen(CABLE_TOOL + " --host " + SILOS[silo] + " calibrate " + args, shell=True, stdout=subprocess.PIPE, text=True)
    return p.communicate()[0]
