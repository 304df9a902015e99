import asyncio

import httpx

# Registered thermostats and rooftop units per customer site.
DEVICES = {
    "acme-hq-rtu1": "10.40.1.21",
    "acme-hq-rtu2": "10.40.1.22",
    "bakery-main-tstat": "10.40.7.10",
    "school-gym-ahu": "10.40.9.5",
}


async def read_thermostat(device_id: str) -> dict:
    if device_id not in DEVICES:
        raise ValueError(f"unknown device {device_id}")
    async with httpx.AsyncClient(timeout=5) as client:
        # ok: tool-input-to-url
        r = await client.get(f"http://{DEVICES[device_id]}/api/v1/status")
    return r.json()


async def read_ad_hoc(device_ip: str, path: str = "status") -> dict:
    base = f"http://{device_ip}/api/v1"
    async with httpx.AsyncClient(timeout=5) as client:
        # ruleid: tool-input-to-url
        r = await client.get(f"{base}/{path}")
    return r.json()


async def modbus_registers(device_id: str, unit: int, start: int, count: int) -> str:
    host = DEVICES[device_id]
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("mbpoll", "-a", str(unit), "-r", str(start), "-c", str(count), "-1", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
