import mcp.types as types

TOOLS = [
    types.Tool(
        name="condition_report",
        description="Read the condition report of a loaned object.",
        inputSchema={"type": "object", "properties": {"object_number": {"type": "string", "pattern": "^[0-9]{4}\\.[0-9]{1,4}$"}}, "required": ["object_number"]},
    ),
    types.Tool(
        name="attach_photo",
        description="Read a condition photograph by file name.",
        inputSchema={"type": "object", "properties": {"file": {"type": "string"}}, "required": ["file"]},
    ),
    types.Tool(
        name="print_crate_label",
        description="Print a crate label for an outgoing loan.",
        # ruleid: weak-input-schema
        inputSchema={"type": "object"},
    ),
    types.Tool(
        name="import_valuation",
        description="Import an insurance valuation exported by the registrar's desktop tool (base64).",
        inputSchema={"type": "object", "properties": {"blob": {"type": "string"}}, "required": ["blob"]},
    ),
    types.Tool(
        name="courier_itinerary",
        description="Print the courier itinerary for a loan.",
        inputSchema={"type": "object", "properties": {"loan_id": {"type": "string"}, "printer": {"type": "string"}}, "required": ["loan_id"]},
    ),
]
