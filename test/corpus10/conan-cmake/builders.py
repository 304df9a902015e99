"""Command builders for Conan 2 and CMake."""
from dataclasses import dataclass, field

PROFILES = ("default", "linux-gcc13-release", "linux-clang17-debug", "windows-msvc-release")


@dataclass
class CMakeConfig:
    source_dir: str
    build_dir: str
    build_type: str = "Release"
    generator: str = "Ninja"
    definitions: dict[str, str] = field(default_factory=dict)


def cmake_configure_argv(cfg: CMakeConfig) -> list[str]:
    argv = ["cmake", "-S", cfg.source_dir, "-B", cfg.build_dir, "-G", cfg.generator, f"-DCMAKE_BUILD_TYPE={cfg.build_type}"]
    argv += [f"-D{k}={v}" for k, v in cfg.definitions.items()]
    return argv


def conan_install_cmd(reference: str, profile: str, build_missing: bool) -> str:
    cmd = "conan install --requires=%s --profile:host=%s --profile:build=default" % (reference, profile)
    if build_missing:
        cmd += " --build=missing"
    return cmd


def check_profile(profile: str) -> str:
    if not any(profile.startswith(p) for p in PROFILES):
        raise ValueError(f"unknown profile {profile}")
    return profile
