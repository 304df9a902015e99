"""MCP server that wraps a small short-read alignment pipeline (bwa, samtools, bcftools)."""

import logging
import os
import shlex
import subprocess
from pathlib import Path
from typing import Literal

from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("genomics")

DATA_ROOT = Path(os.environ.get("GENOMICS_DATA", "/data/runs")).resolve()
REFERENCES = {
    "hg38": "/data/ref/GRCh38.fa",
    "t2t": "/data/ref/chm13v2.0.fa",
    "mm39": "/data/ref/GRCm39.fa",
}

mcp = FastMCP("genomics-pipeline")


def in_data_root(relative: str) -> Path:
    candidate = (DATA_ROOT / relative).resolve()
    if not candidate.is_relative_to(DATA_ROOT):
        raise ValueError(f"{relative} is outside the data root")
    return candidate


@mcp.tool()
def align(sample: str, reads_r1: str, reads_r2: str, reference: Literal["hg38", "t2t", "mm39"] = "hg38", threads: int = 8) -> str:
    """Align paired-end reads with bwa mem and write a sorted BAM."""
    ref = REFERENCES[reference]
    out = DATA_ROOT / f"{sample}.sorted.bam"
    cmd = f"bwa mem -t {threads} {ref} {reads_r1} {reads_r2} | samtools sort -@ {threads} -o {out} -"
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if proc.returncode != 0:
        return f"alignment failed (exit {proc.returncode})"
    return f"wrote {out}"


@mcp.tool()
def align_quoted(sample: str, reads_r1: str, reads_r2: str, reference: Literal["hg38", "t2t", "mm39"] = "hg38") -> str:
    """Same as align, for callers that pass arbitrary file names."""
    ref = REFERENCES[reference]
    out = shlex.quote(str(DATA_ROOT / f"{sample}.sorted.bam"))
    pipeline = "bwa mem -t 8 {} {} {} | samtools sort -o {} -".format(shlex.quote(ref), shlex.quote(reads_r1), shlex.quote(reads_r2), out)
    # ok: tool-input-to-shell
    subprocess.run(pipeline, shell=True, check=True)
    return f"wrote {out}"


@mcp.tool()
def index_bam(bam: str) -> str:
    """Index a BAM file with samtools."""
    path = in_data_root(bam)
    # ok: tool-input-to-shell
    subprocess.run(["samtools", "index", str(path)], check=True)
    return f"indexed {path.name}"


@mcp.tool()
def flagstat(bam: str) -> str:
    """samtools flagstat summary of a BAM file."""
    # ok: tool-input-to-shell
    result = subprocess.run(["samtools", "flagstat", bam], capture_output=True, text=True, timeout=300)
    return result.stdout


@mcp.tool()
def read_qc_report(sample: str) -> str:
    """Return the FastQC text summary of a sample."""
    report = os.path.join(DATA_ROOT, sample, "fastqc", "summary.txt")
    # ruleid: tool-input-to-path
    with open(report, encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def read_vcf_header(vcf: str) -> str:
    """Header lines of a VCF under the data root."""
    path = in_data_root(vcf)
    lines = []
    # ok: tool-input-to-path
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            lines.append(line.rstrip("\n"))
    return "\n".join(lines)


if __name__ == "__main__":
    log.info("starting genomics-pipeline on stdio")
    mcp.run()
