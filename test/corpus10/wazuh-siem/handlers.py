import base64
import json
import pickle
import re
from pathlib import Path

import httpx

from shell import run_argv, sh

OSSEC = Path("/var/ossec")
DECODERS = OSSEC / "etc" / "decoders"
INDEXER = "https://127.0.0.1:9200"
INDEXER_CA = "/etc/wazuh-indexer/certs/root-ca.pem"


async def agent_restart(**kwargs) -> str:
    agent = kwargs["agent_id"]
    return await sh(f"{OSSEC}/bin/agent_control -R -u {agent}")


async def agent_list(**kwargs) -> str:
    return await run_argv(str(OSSEC / "bin" / "agent_control"), "-l")


async def logtest(**kwargs) -> str:
    event = kwargs.get("log", "")
    payload = json.dumps({"version": 1, "origin": {"name": "mcp", "module": "mcp"}, "command": "log_processing", "parameters": {"event": event, "log_format": "syslog", "location": "mcp"}})
    return await run_argv(str(OSSEC / "bin" / "wazuh-logtest"), "-q", stdin=payload.encode())


async def decoder_source(**kwargs) -> str:
    name = kwargs["name"]
    if not re.fullmatch(r"[\w-]{1,64}\.xml", name):
        raise ValueError("decoder files are named like local_decoder.xml")
    # ok: tool-input-to-path
    return (DECODERS / name).read_text()


async def search_alerts(**kwargs) -> str:
    query = {
        "size": min(int(kwargs.get("size", 20)), 200),
        "sort": [{"timestamp": "desc"}],
        "query": {"bool": {"must": [{"range": {"rule.level": {"gte": int(kwargs.get("min_level", 7))}}}, {"query_string": {"query": kwargs.get("q", "*")}}]}},
    }
    async with httpx.AsyncClient(verify=INDEXER_CA, auth=("mcp-reader", "")) as client:
        resp = await client.post(f"{INDEXER}/wazuh-alerts-*/_search", json=query)
    hits = resp.json()["hits"]["hits"]
    return "\n".join(f"{h['_source']['timestamp']} L{h['_source']['rule']['level']} {h['_source']['rule']['description']}" for h in hits)


async def import_rule_state(**kwargs) -> str:
    # ok: unsafe-deserialization
    state = json.loads(kwargs["state"])
    return f"{len(state.get('rules', []))} rules in state"


async def restore_triage_session(**kwargs) -> str:
    blob = kwargs["session"]
    # ruleid: unsafe-deserialization
    session = pickle.loads(base64.b64decode(blob))
    return f"restored triage session with {len(session.get('notes', []))} notes"


HANDLERS = {
    "agent_restart": agent_restart,
    "agent_list": agent_list,
    "logtest": logtest,
    "decoder_source": decoder_source,
    "search_alerts": search_alerts,
    "import_rule_state": import_rule_state,
    "restore_triage_session": restore_triage_session,
}
