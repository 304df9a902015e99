"""Kafka topic sampler with transforms (FastMCP, Streamable HTTP for the data team)."""
import json
import logging
import pickle

import jmespath
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from consumer import sample

log = logging.getLogger("kafka-sampler")
# ruleid: bind-all-interfaces
mcp = FastMCP("kafka-sampler", host="0.0.0.0", port=8450, stateless_http=True)
Topic = Field(pattern=r"^[a-zA-Z0-9._-]{1,249}$")


@mcp.tool()
def sample_json(topic: str = Topic, query: str = Field(default="@", max_length=500), max_records: int = Field(20, ge=1, le=200)) -> list:
    """Sample JSON messages and project them with a JMESPath expression."""
    msgs = [json.loads(s.value) for s in sample(topic, max_records)]
    # ok: sensitive-data-logged
    log.info("sampled %d messages from %s", len(msgs), topic)
    # ok: tool-input-to-eval
    return [jmespath.search(query, m) for m in msgs]


@mcp.tool()
def sample_transformed(topic: str = Topic, transform: str = Field(description="Python statements that read `msg` and set `result`")) -> list:
    """Sample messages and run a Python transform on each one."""
    results = []
    for s in sample(topic, 20):
        scope = {"msg": json.loads(s.value), "result": None}
        # ruleid: tool-input-to-eval
        exec(transform, {}, scope)
        results.append(scope["result"])
    return results


@mcp.tool()
def decode_legacy(payload_hex: str) -> str:
    """Decode a message value written by the legacy Python producer (pickle), given as hex."""
    # ruleid: unsafe-deserialization
    obj = pickle.loads(bytes.fromhex(payload_hex))
    return repr(obj)[:4000]


@mcp.tool()
def decode_json(payload_hex: str) -> str:
    """Decode a JSON message value given as hex."""
    try:
        # ok: unsafe-deserialization
        return json.dumps(json.loads(bytes.fromhex(payload_hex)), indent=2)
    except ValueError:
        # ok: error-detail-leak
        return "payload is not valid hex-encoded JSON"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
