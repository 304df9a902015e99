"""Terraform operations MCP server (stdio): validate, plan, fmt, lint and docs for modules."""
import logging
import os
import sys
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

from tfutil import MODULES, fmt_check, module_dir, terraform, tflint

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
mcp = FastMCP("terraform-ops")


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def validate(module: str) -> str:
    """terraform validate in a module folder."""
    return terraform(["validate", "-no-color"], module_dir(module))


@mcp.tool()
def plan(module: str, var_file: str | None = None) -> str:
    """terraform plan for a module, optionally with a var file from the module folder."""
    cwd = module_dir(module)
    args = ["plan", "-no-color", "-input=false"]
    if var_file:
        args.append(f"-var-file={var_file}")
    return terraform(args, cwd)


@mcp.tool()
def lint(module: str, rules: str = "terraform_naming_convention") -> str:
    """Run tflint with a comma-separated list of rules."""
    return tflint(module_dir(module), rules)


@mcp.tool()
def fmt(module: str, file: str = ".") -> str:
    """Show the formatting diff of a module (or a single file in it)."""
    return fmt_check(module_dir(module), file)


@mcp.tool()
def graph_png(module: str, output: str) -> str:
    """Render the dependency graph of a module to a PNG file."""
    cwd = module_dir(module)
    # ruleid: tool-input-to-shell
    status = os.system(f"cd {cwd} && terraform graph | dot -Tpng -o {output}")
    return f"dot exited with {status}"


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def read_module_file(module: str, filename: str) -> str:
    """Read a file of a module (main.tf, variables.tf, README.md...)."""
    path = module_dir(module) / filename
    # ruleid: tool-input-to-path
    return path.read_text()


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def read_docs(module: str) -> str:
    """Read the generated README of a module."""
    readme = (module_dir(module) / "README.md").resolve()
    if not readme.is_relative_to(MODULES):
        raise ValueError("README link points outside the modules folder")
    # ok: tool-input-to-path
    return readme.read_text()


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(destructiveHint=True, readOnlyHint=False))
def remove_lockfile(module: str) -> str:
    """Delete .terraform.lock.hcl so providers are re-resolved."""
    lock = module_dir(module) / ".terraform.lock.hcl"
    lock.unlink(missing_ok=True)
    return "lock file removed"


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def clean_plugins(module: str) -> str:
    """Clear the .terraform plugin folder of a module."""
    import shutil

    shutil.rmtree(module_dir(module) / ".terraform", ignore_errors=True)
    return "plugins removed"


if __name__ == "__main__":
    mcp.run()
