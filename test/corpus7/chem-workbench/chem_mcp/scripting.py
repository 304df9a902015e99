import ast
import json

import jsonpickle

from .app import mcp


@mcp.tool()
def run_rdkit_snippet(code: str) -> str:
    """Run a short RDKit snippet; assign the answer to `result`."""
    from rdkit import Chem
    from rdkit.Chem import Descriptors

    namespace = {"Chem": Chem, "Descriptors": Descriptors, "result": None}
    # ruleid: tool-input-to-eval
    exec(code, namespace)
    return repr(namespace["result"])


@mcp.tool()
def descriptor_table(smiles_list: list[str], descriptors: str = "['MolWt', 'TPSA']") -> list[dict]:
    """Compute RDKit descriptors (given as a Python list literal) for several molecules."""
    from rdkit import Chem
    from rdkit.Chem import Descriptors

    # ok: tool-input-to-eval
    names = ast.literal_eval(descriptors)
    allowed = [n for n in names if n in dict(Descriptors.descList)]
    rows = []
    for smi in smiles_list:
        mol = Chem.MolFromSmiles(smi)
        rows.append({"smiles": smi, **{n: getattr(Descriptors, n)(mol) for n in allowed}} if mol else {"smiles": smi, "error": "invalid"})
    return rows


@mcp.tool()
def load_session(state: str) -> str:
    """Restore a workbench session exported by an older version (jsonpickle)."""
    # ruleid: unsafe-deserialization
    session = jsonpickle.decode(state)
    return f"restored {len(getattr(session, 'molecules', []))} molecules"


@mcp.tool()
def load_session_v2(state: str) -> str:
    """Restore a workbench session exported as plain JSON."""
    # ok: unsafe-deserialization
    session = json.loads(state)
    return f"restored {len(session.get('molecules', []))} molecules"
