"""NetCDF helpers (ncdump / ncks from the netcdf-bin and nco packages)."""
import asyncio

DATA_DIR = "/data/buoys/nc"


async def header(file_name: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("ncdump", "-h", f"{DATA_DIR}/{file_name}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return out.decode() if proc.returncode == 0 else err.decode()


async def subset(file_name: str, variables: list[str], out_name: str) -> str:
    var_list = ",".join(variables)
    cmd = f"ncks -O -v {var_list} {DATA_DIR}/{file_name} {DATA_DIR}/subsets/{out_name}"
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    return "written" if proc.returncode == 0 else err.decode()
