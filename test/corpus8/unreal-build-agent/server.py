import os
from typing import Annotated, Literal

from fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

from uat import BuildCookRun, run_uat, clean_intermediate, archive_build
from horde import HordeClient

mcp = FastMCP("unreal-build-agent")
horde = HordeClient()

ProjectName = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{1,40}$")]
Platform = Literal["Win64", "Linux", "Android", "PS5", "XSX"]


@mcp.tool
def build_cook_run(project: ProjectName, platform: Platform, config: Literal["Development", "Shipping"] = "Development") -> str:
    """BuildCookRun a project for a platform and stage the result."""
    job = BuildCookRun(project=project, platform=platform, config=config)
    return run_uat(job.argv())


@mcp.tool
def build_with_flags(project: ProjectName, platform: Platform, extra: str = "") -> str:
    """BuildCookRun with extra UAT flags appended (e.g. -iterate -compressed)."""
    job = BuildCookRun(project=project, platform=platform, config="Development", extra=extra)
    return run_uat(job.command_line(), shell=True)


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def clean(project: ProjectName, folder: str = "Intermediate") -> str:
    """Remove a project's intermediate build folders."""
    return clean_intermediate(project, folder)


@mcp.tool
def archive(project: ProjectName, label: str) -> str:
    """Zip the staged build with a label and upload it to Horde storage."""
    zip_path = archive_build(project, label)
    return horde.upload(zip_path)


@mcp.tool
# ok: weak-input-schema
def horde_job(job_id: Annotated[str, Field(pattern=r"^[0-9a-f]{24}$")]) -> dict:
    """Status of a Horde job."""
    return horde.job(job_id)


if __name__ == "__main__":
    mcp.run()
