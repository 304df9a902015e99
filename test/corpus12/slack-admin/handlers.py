"""Tool implementations, dispatched by name from server.py."""
import base64
import os
import pickle

import yaml
from slack_sdk.web.async_client import AsyncWebClient

slack = AsyncWebClient(token=os.environ.get("SLACK_BOT_TOKEN"))


async def list_channels(args: dict) -> str:
    resp = await slack.conversations_list(limit=min(int(args.get("limit", 100)), 1000), exclude_archived=True)
    return "\n".join(f"{c['id']} #{c['name']} ({c.get('num_members', 0)})" for c in resp["channels"])


async def archive_channel(args: dict) -> str:
    await slack.conversations_archive(channel=args["channel"])
    return f"archived {args['channel']}"


async def apply_channel_config(args: dict) -> str:
    # ok: unsafe-deserialization
    config = yaml.safe_load(args["yaml"])
    for channel in config.get("channels", []):
        await slack.conversations_setTopic(channel=channel["id"], topic=channel.get("topic", ""))
    return f"applied config to {len(config.get('channels', []))} channels"


async def load_workflow(args: dict) -> str:
    # ruleid: unsafe-deserialization
    spec = yaml.load(args["spec"], Loader=yaml.UnsafeLoader)
    steps = spec.get("steps", [])
    return f"workflow {spec.get('name', '?')} with {len(steps)} steps"


async def restore_user_groups(args: dict) -> str:
    blob = base64.b64decode(args["snapshot"])
    # ruleid: unsafe-deserialization
    groups = pickle.loads(blob)
    for g in groups:
        await slack.usergroups_users_update(usergroup=g["id"], users=g["users"])
    return f"restored {len(groups)} user groups"


HANDLERS = {
    "list_channels": list_channels,
    "archive_channel": archive_channel,
    "apply_channel_config": apply_channel_config,
    "load_workflow": load_workflow,
    "restore_user_groups": restore_user_groups,
}

TOOL_SCHEMAS = {
    "list_channels": ("List public channels", {"type": "object", "properties": {"limit": {"type": "integer"}}}),
    "archive_channel": ("Archive a channel", {"type": "object", "properties": {"channel": {"type": "string"}}, "required": ["channel"]}),
    "apply_channel_config": ("Apply a YAML channel config (topics)", {"type": "object", "properties": {"yaml": {"type": "string"}}, "required": ["yaml"]}),
    "load_workflow": ("Load a workflow spec (YAML) and summarise it", {"type": "object", "properties": {"spec": {"type": "string"}}, "required": ["spec"]}),
    "restore_user_groups": ("Restore user groups from a snapshot", {"type": "object", "properties": {"snapshot": {"type": "string"}}, "required": ["snapshot"]}),
}
