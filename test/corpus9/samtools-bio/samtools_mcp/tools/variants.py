import os
from typing import Literal

from ..app import mcp
from ..helpers import resolve_dataset


@mcp.tool()
def count_variants(vcf: str, kind: Literal["snps", "indels"] = "snps") -> str:
    """Count SNPs or indels in a VCF."""
    path = resolve_dataset(vcf)
    # ok: tool-input-to-path
    with open(path, "rb") as fh:
        head = fh.read(2)
    if head != b"\x1f\x8b":
        raise ValueError("expected a bgzipped VCF")
    return os.popen(f"bcftools view -H -v {kind} '{path}' | wc -l").read().strip()


@mcp.tool()
def filter_variants(vcf: str, expression: str) -> str:
    """Apply a bcftools filter expression and return the first 200 records."""
    path = resolve_dataset(vcf)
    # ruleid: tool-input-to-shell
    return os.popen(f"bcftools view -H -i '{expression}' {path} | head -200").read()
