import asyncio
import os
import shlex

VALVECTL = "/usr/local/bin/valvectl"
LOG_DIR = "/var/log/valves"


async def run_zone(zone: str, minutes: int) -> str:
    cmd = f"{VALVECTL} open --zone {zone} --minutes {minutes}"
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def zone_status(zone: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec(VALVECTL, "status", "--zone", zone, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def _probe(bed: str) -> dict:
    proc = await asyncio.create_subprocess_exec("soilprobe", "--bed", bed, "--json", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"bed": bed, "reading": out.decode().strip()}


async def soil_report(beds: list[str]) -> list[dict]:
    return list(await asyncio.gather(*[_probe(b) for b in beds[:20]]))


def valve_log(zone: str) -> str:
    log_file = os.path.join(LOG_DIR, "zones.log")
    # ok: tool-input-to-shell
    with os.popen(f"grep -F -- {shlex.quote(zone)} {shlex.quote(log_file)} | tail -n 50") as pipe:
        return pipe.read()
