"""MCP server wrapping a few read-mostly AWS CLI commands."""
import asyncio
import json
import shlex
import subprocess
import traceback

from mcp.server.fastmcp import Context, FastMCP

from cli import aws_argv, build_s3_ls, build_stack_events, region_or_default

mcp = FastMCP("aws-cli-wrapper")


def _run(argv: list[str]) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or f"aws exited {proc.returncode}")
    return proc.stdout


@mcp.tool()
async def s3_ls(bucket: str, prefix: str = "", region: str | None = None) -> str:
    """List objects in an S3 bucket under a prefix."""
    return await asyncio.to_thread(_run, build_s3_ls(bucket, prefix, region_or_default(region)))


@mcp.tool()
async def stack_events(stack_name: str, ctx: Context, limit: int = 20) -> list[dict]:
    """Recent CloudFormation events of a stack."""
    await ctx.info(f"reading events of {stack_name}")
    out = await asyncio.to_thread(_run, build_stack_events(stack_name))
    events = json.loads(out)["StackEvents"][: max(1, min(limit, 100))]
    return [{"time": e["Timestamp"], "resource": e["LogicalResourceId"], "status": e["ResourceStatus"]} for e in events]


@mcp.tool()
def describe_stack(stack_name: str, region: str = "us-east-1") -> str:
    """Describe a CloudFormation stack."""
    cmd = f"aws cloudformation describe-stacks --stack-name {shlex.quote(stack_name)} --region {shlex.quote(region)} --output json"
    # ok: tool-input-to-shell
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout


@mcp.tool()
def run_aws(command: str) -> str:
    """Run an arbitrary read-only aws CLI command, e.g. `ec2 describe-instances`."""
    try:
        # ruleid: tool-input-to-shell
        result = subprocess.run(f"aws {command} --output json", shell=True, capture_output=True, text=True, timeout=120)
        return result.stdout or result.stderr
    except Exception:
        # ruleid: error-detail-leak
        return traceback.format_exc()


@mcp.tool()
async def tail_logs(log_group: str, since: str = "10m", ctx: Context | None = None) -> str:
    """Tail a CloudWatch Logs group for a short while."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"aws logs tail {log_group} --since {since} --format short", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    except asyncio.TimeoutError:
        proc.kill()
        return "timed out"
    return out.decode(errors="replace")[-20000:]


@mcp.tool()
async def whoami() -> dict:
    """Caller identity of the configured credentials."""
    proc = await asyncio.create_subprocess_exec(*aws_argv("sts", "get-caller-identity"), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return json.loads(out)


if __name__ == "__main__":
    mcp.run()
