"""MkDocs site helpers: pages, builds, macros."""
import logging
import os
import subprocess
from pathlib import Path
from string import Template

log = logging.getLogger("static-site")
SITE = Path(os.environ.get("MKDOCS_SITE", "~/docs-site")).expanduser().resolve()
DOCS = SITE / "docs"


def build(strict: bool, config: str = "mkdocs.yml") -> str:
    cmd = f"mkdocs build --config-file {config}" + (" --strict" if strict else "")
    # ruleid: tool-input-to-shell
    return subprocess.getoutput(f"cd {SITE} && {cmd}")


def deploy(message: str) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(["mkdocs", "gh-deploy", "--force", "--message", message], cwd=SITE, capture_output=True, text=True)
    return proc.stdout[-2000:] + proc.stderr[-1000:]


def write_page(rel: str, markdown: str) -> Path:
    target = os.path.join(DOCS, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    # ruleid: tool-input-to-path
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(markdown)
    return Path(target)


def read_page(rel: str) -> str:
    path = os.path.realpath(os.path.join(DOCS, rel))
    if os.path.commonpath([path, str(DOCS)]) != str(DOCS):
        raise ValueError("outside docs/")
    # ok: tool-input-to-path
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def render_snippet(template: str, values: dict[str, str]) -> str:
    # ok: tool-input-to-eval
    return Template(template).safe_substitute(values)


def run_macro(source: str, page: str) -> str:
    env: dict = {"page": page, "output": ""}
    # ruleid: tool-input-to-eval
    exec(compile(source, "<macro>", "exec"), env)
    return str(env.get("output", ""))
