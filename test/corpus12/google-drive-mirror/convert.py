import csv
import io
from pathlib import Path

import docx
import openpyxl


def docx_to_markdown(path: Path) -> str:
    document = docx.Document(str(path))
    lines = []
    for para in document.paragraphs:
        style = para.style.name.lower()
        if style.startswith("heading"):
            level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
            lines.append("#" * level + " " + para.text)
        else:
            lines.append(para.text)
    return "\n\n".join(lines)


def sheet_to_csv(data: bytes, sheet: str | None) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    ws = wb[sheet] if sheet else wb.active
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in ws.iter_rows(values_only=True):
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()
