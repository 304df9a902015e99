"""Command helpers for Packer and Vagrant."""
import asyncio
import shlex
from pathlib import Path

TEMPLATES = Path("/opt/images/templates").resolve()
BOXES = Path("/opt/images/vagrant").resolve()


def template_file(name: str) -> Path:
    path = (TEMPLATES / name).resolve()
    if not path.is_relative_to(TEMPLATES) or path.suffix not in {".hcl", ".json"}:
        raise ValueError("template must be a .pkr.hcl/.json file under the templates folder")
    return path


def packer_vars(variables: dict[str, str]) -> str:
    return " ".join(f"-var {shlex.quote(f'{k}={v}')}" for k, v in variables.items())


async def packer_build(template: Path, variables: dict[str, str], only: str | None) -> str:
    only_flag = f"-only={shlex.quote(only)}" if only else ""
    cmd = f"packer build -machine-readable {only_flag} {packer_vars(variables)} {shlex.quote(str(template))}"
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")[-20_000:]


async def vagrant(box_dir: str, action: str, machine: str = "") -> str:
    cwd = BOXES / box_dir
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"vagrant {action} {machine}", cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def vagrant_status(box_dir: str) -> str:
    cwd = (BOXES / box_dir).resolve()
    if not cwd.is_relative_to(BOXES):
        raise ValueError("unknown box")
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("vagrant", "status", "--machine-readable", cwd=cwd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
