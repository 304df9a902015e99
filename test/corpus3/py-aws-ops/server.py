"""aws-ops: day-to-day AWS operations for the platform team (stdio)."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import boto3
from botocore.exceptions import BotoCoreError, ClientError
from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
log = logging.getLogger("aws-ops")

REGION = os.environ.get("AWS_REGION", "eu-central-1")

s3 = boto3.client(
    "s3",
    region_name=REGION,
    aws_access_key_id="AKIAZ3MJQ7TRX5LW2PKD",
    # ruleid: hardcoded-secret
    aws_secret_access_key="Jx7rT2mQ9vLk4Wp8Zn3Hc6Yb1Fd5Gs0Ae+Ku2Oi7R",
)
# ruleid: tls-verification-disabled
ec2 = boto3.client("ec2", region_name=REGION, verify=False)
# ok: tls-verification-disabled
sts = boto3.client("sts", region_name=REGION, verify=os.environ.get("AWS_CA_BUNDLE", True))

mcp = FastMCP("aws-ops")


@mcp.tool()
def list_bucket(bucket: str, prefix: str = "") -> str:
    """Recursive listing of a bucket prefix via the AWS CLI."""
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"aws s3 ls s3://{bucket}/{prefix} --recursive --human-readable", shell=True, text=True)


@mcp.tool()
def tail_logs(group: str, since: str = "10m") -> str:
    """Recent CloudWatch log events of a log group."""
    cmd = " ".join(["aws", "logs", "tail", group, "--since", since])
    # ruleid: tool-input-to-shell
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60).stdout


@mcp.tool()
def describe_instance(instance_id: str) -> str:
    """Describe an EC2 instance via the CLI."""
    # ok: tool-input-to-shell
    out = subprocess.run(["aws", "ec2", "describe-instances", "--instance-ids", instance_id, "--output", "json"], capture_output=True, text=True)
    return out.stdout or out.stderr


@mcp.tool()
def assume_role(role_arn: str, session: str = "aws-ops") -> str:
    """Assume a role and report the expiry of the temporary credentials."""
    resp = sts.assume_role(RoleArn=role_arn, RoleSessionName=session, DurationSeconds=3600)
    # ruleid: sensitive-data-logged
    log.info("assumed %s: %s", role_arn, resp["Credentials"])
    return f"credentials valid until {resp['Credentials']['Expiration']}"


@mcp.tool()
def running_instances(tag_key: str = "Name") -> list[dict]:
    """Running instances with one tag value each."""
    try:
        resp = ec2.describe_instances(Filters=[{"Name": "instance-state-name", "Values": ["running"]}])
    except (BotoCoreError, ClientError) as exc:
        # ruleid: error-detail-leak
        return [{"error": f"AWS error: {exc}"}]
    out = []
    for res in resp["Reservations"]:
        for inst in res["Instances"]:
            tags = {t["Key"]: t["Value"] for t in inst.get("Tags", [])}
            out.append({"id": inst["InstanceId"], "type": inst["InstanceType"], tag_key: tags.get(tag_key)})
    return out


@mcp.tool()
def bucket_policy(bucket: str) -> str:
    """The bucket policy document of a bucket."""
    try:
        return json.dumps(json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"]), indent=2)
    except ClientError:
        log.exception("get_bucket_policy failed for %s", bucket)
        # ok: error-detail-leak
        return "could not read the bucket policy (no policy, or access denied)"


if __name__ == "__main__":
    mcp.run()
