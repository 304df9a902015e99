import subprocess
from typing import Annotated

from pydantic import Field

from ..app import mcp
from ..helpers import DATA_ROOT, resolve_dataset, run_pipeline, run_quoted


@mcp.tool()
def flagstat(bam: Annotated[str, Field(description="BAM path relative to the data root")]) -> str:
    """Alignment statistics for a BAM file."""
    path = resolve_dataset(bam)
    # ok: tool-input-to-shell
    return subprocess.run(["samtools", "flagstat", str(path)], capture_output=True, text=True, check=True).stdout


@mcp.tool()
def region_depth(bam: str, region: str, min_mapq: int = 20) -> str:
    """Mean depth over a region (chr:start-end)."""
    cmd = f"samtools depth -Q {min_mapq} -r {region} {DATA_ROOT}/{bam} | awk '{{s+=$3}} END {{print s/NR}}'"
    return run_pipeline(cmd)


@mcp.tool()
def view_header(bam: str) -> str:
    """Print the SAM header of a BAM file."""
    return run_quoted("samtools", "view", "-H", str(resolve_dataset(bam)))


@mcp.tool()
def read_index_stats(bam: str) -> str:
    """Show the .bai sidecar summary that the indexer wrote next to the BAM."""
    sidecar = DATA_ROOT / f"{bam}.bai.txt"
    # ruleid: tool-input-to-path
    return open(sidecar, encoding="utf-8").read()
