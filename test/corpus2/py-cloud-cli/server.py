"""Thin wrappers around the aws and gcloud CLIs."""

import json
import logging
import os
import shlex
import subprocess
import sys
import urllib.request

from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
logger = logging.getLogger("cloud-cli")

# ruleid: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "kT9xQ2vL7mN4pR8sW1yZ5bC3dF6gH0jKlMnOpQrS"
# ruleid: hardcoded-secret
aws_access_key_id = "AKIAZ7QWERTY4UIOP2XY"
GCP_PROJECT = os.environ.get("GCP_PROJECT", "my-project")

mcp = FastMCP("cloud-cli")


def _aws_env() -> dict:
    env = dict(os.environ)
    env.update({"AWS_ACCESS_KEY_ID": aws_access_key_id, "AWS_SECRET_ACCESS_KEY": AWS_SECRET_ACCESS_KEY})
    return env


@mcp.tool()
def aws(service: str, operation: str, params: str = "") -> str:
    """Run `aws <service> <operation> [params]` and return JSON output."""
    parts = ["aws", service, operation, params, "--output", "json"]
    cmd = " ".join(parts)
    # ruleid: sensitive-data-logged
    logger.info("running %s with key %s:%s", cmd, aws_access_key_id, AWS_SECRET_ACCESS_KEY)
    # ruleid: tool-input-to-shell
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, env=_aws_env())
    return out.stdout or out.stderr


@mcp.tool()
def s3_ls(bucket: str, prefix: str = "") -> list[str]:
    """List objects under an S3 prefix."""
    uri = shlex.quote(f"s3://{bucket}/{prefix}")
    # ok: tool-input-to-shell
    out = subprocess.run(f"aws s3 ls {uri} --recursive", shell=True, capture_output=True, text=True, env=_aws_env())
    # ok: sensitive-data-logged
    logger.info("s3_ls %s returned %d lines", bucket, out.stdout.count("\n"))
    return out.stdout.splitlines()[:500]


@mcp.tool()
def ec2_instances(state: str = "running") -> list[dict]:
    """EC2 instances in a given state."""
    argv = ["aws", "ec2", "describe-instances", "--filters", f"Name=instance-state-name,Values={state}", "--output", "json"]
    # ok: tool-input-to-shell
    out = subprocess.run(argv, capture_output=True, text=True, env=_aws_env(), check=True)
    data = json.loads(out.stdout)
    return [{"id": i["InstanceId"], "type": i["InstanceType"]} for r in data["Reservations"] for i in r["Instances"]]


@mcp.tool()
def gcloud(args: str) -> str:
    """Run a gcloud command in the configured project, e.g. `compute instances list`."""
    # ruleid: tool-input-to-shell
    return subprocess.getoutput("gcloud --project %s %s --format=json" % (GCP_PROJECT, args))


@mcp.tool()
def gcs_cat(object_uri: str) -> str:
    """Print a small object from Cloud Storage."""
    if not object_uri.startswith("gs://"):
        return "expected a gs:// URI"
    # ok: tool-input-to-shell
    out = subprocess.run(["gcloud", "storage", "cat", object_uri], capture_output=True, text=True)
    return out.stdout[:20000]


@mcp.tool()
def fetch_template(template_url: str) -> str:
    """Download a CloudFormation template so it can be validated."""
    # ruleid: tool-input-to-url
    local, _ = urllib.request.urlretrieve(template_url)
    with open(local, encoding="utf-8") as fh:
        return fh.read()[:50000]


if __name__ == "__main__":
    mcp.run()
