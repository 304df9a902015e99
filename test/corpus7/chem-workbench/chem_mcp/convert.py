import subprocess

from .app import mcp

FORMATS = {"svg", "png", "mol", "sdf", "xyz", "pdb", "inchi", "can"}


def _obabel_args(smiles: str, out_format: str, extra: list[str]) -> list[str]:
    if out_format not in FORMATS:
        raise ValueError(f"format must be one of {sorted(FORMATS)}")
    return ["obabel", f"-:{smiles}", f"-o{out_format}", *extra]


@mcp.tool()
def convert_smiles(smiles: str, out_format: str = "can", add_hydrogens: bool = False) -> str:
    """Convert a SMILES string to another chemical format with Open Babel."""
    argv = _obabel_args(smiles, out_format, ["-h"] if add_hydrogens else [])
    # ok: tool-input-to-shell
    return subprocess.check_output(argv, text=True, timeout=30)


@mcp.tool()
def depict(smiles: str, width: int = 300) -> str:
    """Render a molecule as SVG."""
    # ruleid: tool-input-to-shell
    return subprocess.check_output("obabel -:'%s' -osvg -xw %d" % (smiles, width), shell=True, text=True, timeout=30)
