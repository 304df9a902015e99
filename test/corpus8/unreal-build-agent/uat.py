import os
import shutil
import subprocess
from dataclasses import dataclass

ENGINE = os.environ.get("UE_ROOT", "/opt/UnrealEngine")
PROJECTS = os.environ.get("UE_PROJECTS", "/builds/ue")
UAT = f"{ENGINE}/Engine/Build/BatchFiles/RunUAT.sh"


@dataclass
class BuildCookRun:
    project: str
    platform: str
    config: str
    extra: str = ""

    def uproject(self) -> str:
        return f"{PROJECTS}/{self.project}/{self.project}.uproject"

    def argv(self) -> list[str]:
        return [UAT, "BuildCookRun", f"-project={self.uproject()}", f"-platform={self.platform}", f"-clientconfig={self.config}", "-build", "-cook", "-stage", "-pak", "-unattended"]

    def command_line(self) -> str:
        return " ".join(self.argv()) + " " + self.extra


def run_uat(cmd, shell: bool = False) -> str:
    if shell:
        # ruleid: tool-input-to-shell
        rc = os.system(cmd + " > /tmp/uat.log 2>&1")
        return f"exit {rc}; see /tmp/uat.log"
    # ok: tool-input-to-shell
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return proc.stdout[-4000:]


def clean_intermediate(project: str, folder: str) -> str:
    target = os.path.join(PROJECTS, project, folder)
    # ruleid: tool-input-to-path
    shutil.rmtree(target, ignore_errors=True)
    return f"removed {target}"


def archive_build(project: str, label: str) -> str:
    staged = os.path.join(PROJECTS, project, "Saved", "StagedBuilds")
    base = os.path.join(PROJECTS, "archives", f"{project}-{label}")
    # ruleid: tool-input-to-path
    return shutil.make_archive(base, "zip", staged)
