from typing import Annotated, Literal

from pydantic import Field

from ..app import mcp
from ..services.shell import run_analyser, run_analyser_quoted, export_batch

DEVICES = {"haem": "procyte-1", "chem": "catalyst-2", "urine": "sedivue-1"}


def _device(kind: str) -> str:
    try:
        return DEVICES[kind]
    except KeyError:
        raise ValueError(f"unknown analyser {kind}")


@mcp.tool()
def analyser_status(kind: Literal["haem", "chem", "urine"]) -> str:
    """Status of one in-clinic analyser."""
    return run_analyser(_device(kind), "status")


@mcp.tool()
def rerun_sample(kind: str, accession: str) -> str:
    """Queue a rerun of an accession on an analyser."""
    return run_analyser(_device(kind), "rerun", accession)


@mcp.tool()
def qc_results(kind: str, lot: Annotated[str, Field(max_length=40)]) -> str:
    """Quality-control results for a reagent lot."""
    return run_analyser_quoted(_device(kind), "qc", "--lot", lot)


@mcp.tool()
async def export_results(batch: str, fmt: str = "csv") -> str:
    """Export a batch of results for the practice management system."""
    return await export_batch(batch, fmt)
