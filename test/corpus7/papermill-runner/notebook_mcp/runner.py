"""Command builders around the papermill CLI."""
import shlex
import subprocess


def param_flags(parameters: dict) -> list[str]:
    flags: list[str] = []
    for key, value in parameters.items():
        flags += ["-p", str(key), str(value)]
    return flags


def run_papermill(notebook: str, output: str, parameters: dict, kernel: str = "python3") -> str:
    argv = ["papermill", notebook, output, "-k", kernel, *param_flags(parameters)]
    # ok: tool-input-to-shell
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=3600)
    return proc.stderr[-5000:]


def run_papermill_legacy(notebook: str, output: str, parameters: dict) -> str:
    params = " ".join(f"-p {k} {v}" for k, v in parameters.items())
    cmd = "papermill {} {} {}".format(notebook, output, params)
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=3600)
    return proc.stderr[-5000:]


def convert_html(notebook_path: str) -> str:
    quoted = shlex.quote(notebook_path)
    # ok: tool-input-to-shell
    proc = subprocess.run(f"jupyter nbconvert --to html {quoted} --stdout", shell=True, capture_output=True, text=True)
    return proc.stdout
