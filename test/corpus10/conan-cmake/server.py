import asyncio
import os
from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from builders import CMakeConfig, check_profile, cmake_configure_argv, conan_install_cmd

mcp = FastMCP("conan-cmake")
WORKSPACE = os.path.realpath(os.environ.get("CPP_WORKSPACE", os.getcwd()))


async def _collect(proc: asyncio.subprocess.Process) -> str:
    out, _ = await proc.communicate()
    return f"exit {proc.returncode}\n" + out.decode(errors="replace")[-12000:]


@mcp.tool()
async def conan_install(reference: str, profile: str = "default", build_missing: bool = True) -> str:
    """Install a Conan package reference (e.g. 'fmt/10.2.1') with a profile."""
    cmd = conan_install_cmd(reference, check_profile(profile), build_missing)
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, cwd=WORKSPACE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    return await _collect(proc)


@mcp.tool()
async def cmake_configure(
    build_type: Literal["Debug", "Release", "RelWithDebInfo", "MinSizeRel"] = "Release",
    definitions: dict[str, str] | None = None,
) -> str:
    """Configure the workspace with CMake into build/<type>."""
    cfg = CMakeConfig(WORKSPACE, os.path.join(WORKSPACE, "build", build_type.lower()), build_type, definitions=definitions or {})
    argv = cmake_configure_argv(cfg)
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    return await _collect(proc)


@mcp.tool()
async def build_targets(targets: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$")]], build_type: Literal["Debug", "Release"] = "Release") -> str:
    """Build several CMake targets in parallel."""
    build_dir = os.path.join(WORKSPACE, "build", build_type.lower())
    procs = [await asyncio.create_subprocess_exec("cmake", "--build", build_dir, "--target", t, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT) for t in targets]
    outputs = await asyncio.gather(*(_collect(p) for p in procs))
    return "\n\n".join(f"== {t}\n{o}" for t, o in zip(targets, outputs))


@mcp.tool()
def run_cmake_hook(script: str) -> str:
    """Run a small Python post-configure hook (the same hooks the CI uses) against the workspace."""
    scope = {"workspace": WORKSPACE, "result": None}
    # ruleid: tool-input-to-eval
    exec(compile(script, "<cmake-hook>", "exec"), scope)
    return str(scope.get("result"))


if __name__ == "__main__":
    mcp.run()
