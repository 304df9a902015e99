import asyncio
import ipaddress
import xml.etree.ElementTree as ET

ALLOWED_NETS = [ipaddress.ip_network("10.60.0.0/16"), ipaddress.ip_network("192.168.77.0/24")]


async def quick_scan(cidr: str) -> list[str]:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("nmap", "-sn", "-n", "-oX", "-", cidr, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    root = ET.fromstring(out)
    return [a.get("addr") for a in root.iter("address") if a.get("addrtype") == "ipv4"]


async def service_scan(host: str, ports: str, flags: str) -> str:
    cmd = f"nmap -sV -Pn -p {ports} {flags} {host}"
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")
