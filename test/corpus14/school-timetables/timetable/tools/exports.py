import os
import shlex
from typing import Literal

EXPORT_ROOT = "/srv/timetables/exports"


def export_class_pdf(term: str, class_name: str, paper: Literal["a4", "letter"] = "a4") -> str:
    """Render one class's timetable to PDF with the print stylesheet."""
    src = os.path.join(EXPORT_ROOT, term, "classes.html")
    out = os.path.join(EXPORT_ROOT, term, "pdf")
    cmd = f"wkhtmltopdf --page-size {shlex.quote(paper)} {shlex.quote(src + '#' + class_name)} {shlex.quote(out + '/' + class_name + '.pdf')}"
    # ok: tool-input-to-shell
    status = os.system(cmd)
    return "ok" if status == 0 else f"wkhtmltopdf exited {status}"


def teacher_view(term: str, teacher: str) -> str:
    """Plain-text weekly view of one teacher (from the FET HTML export)."""
    path = os.path.join(EXPORT_ROOT, term, "teachers", f"{teacher}.txt")
    # ruleid: tool-input-to-path
    with open(path, encoding="utf-8") as fh:
        return fh.read()


TOOLS = [export_class_pdf, teacher_view]
