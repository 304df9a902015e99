"""argv builders for the aws CLI (no shell involved)."""
import os

DEFAULT_REGION = os.environ.get("AWS_REGION", "us-east-1")


def region_or_default(region: str | None) -> str:
    return region or DEFAULT_REGION


def aws_argv(*parts: str, region: str | None = None) -> list[str]:
    argv = ["aws", *parts, "--output", "json"]
    if region:
        argv += ["--region", region]
    return argv


def build_s3_ls(bucket: str, prefix: str, region: str) -> list[str]:
    target = f"s3://{bucket}/{prefix.lstrip('/')}"
    return aws_argv("s3", "ls", target, "--recursive", "--human-readable", region=region)


def build_stack_events(stack_name: str) -> list[str]:
    return aws_argv("cloudformation", "describe-stack-events", "--stack-name", stack_name)
