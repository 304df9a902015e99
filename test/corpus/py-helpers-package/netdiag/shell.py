import subprocess


def run(cmd: str, timeout: int = 60) -> str:
    """Run a command line and return combined output."""
    completed = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=timeout)
    return completed.stdout + completed.stderr


def run_args(args: list[str], timeout: int = 60) -> str:
    completed = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    return completed.stdout + completed.stderr


def traceroute_cmd(host: str, max_hops: int) -> str:
    return f"traceroute -m {max_hops} {host}"
