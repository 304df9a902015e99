import mcp.types as types

TOOLS = [
    types.Tool(name="aircraft_near", description="Aircraft seen by the local feeder below an altitude", inputSchema={"type": "object", "properties": {"below_ft": {"type": "integer"}}}),
    types.Tool(name="fetch_external", description="Fetch a JSON document from an ADS-B aggregator", inputSchema={"type": "object", "properties": {"url": {"type": "string", "format": "uri"}}, "required": ["url"]}),
    types.Tool(name="probe_feeder", description="Check a feeder's receiver.json", inputSchema={"type": "object", "properties": {"feeder_url": {"type": "string"}}, "required": ["feeder_url"]}),
    types.Tool(name="lookup_registration", description="Registration metadata for an ICAO24 address", inputSchema={"type": "object", "properties": {"icao24": {"type": "string", "pattern": "^[0-9a-fA-F]{6}$"}}, "required": ["icao24"]}),
]
