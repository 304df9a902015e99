import os

REPORT_DIR = os.path.realpath(os.environ.get("REPORT_DIR", "./reports"))


def safe_report_path(name: str) -> str:
    full = os.path.realpath(os.path.join(REPORT_DIR, name))
    if os.path.commonpath([REPORT_DIR, full]) != REPORT_DIR:
        raise ValueError(f"{name} is outside the report directory")
    return full


def report_path(name: str) -> str:
    return os.path.join(REPORT_DIR, name)
