import base64
import os
import pickle
import re
import shlex
import subprocess
from pathlib import Path

REPORTS = Path(os.environ.get("LOANS_REPORTS", "/srv/registrar/condition"))
PHOTOS = os.environ.get("LOANS_PHOTOS", "/srv/registrar/photos")
OBJECT_NUMBER = re.compile(r"^[0-9]{4}\.[0-9]{1,4}$")


def condition_report(args: dict) -> str:
    number = args["object_number"]
    if not OBJECT_NUMBER.fullmatch(number):
        raise ValueError("bad object number")
    # ok: tool-input-to-path
    return (REPORTS / f"{number}.md").read_text()


def attach_photo(args: dict) -> str:
    path = PHOTOS + "/" + args["file"]
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        data = fh.read()
    return f"{len(data)} bytes"


def print_crate_label(args: dict) -> str:
    label = "crate-{loan}-{n}.pdf".format(loan=args.get("loan_id"), n=args.get("crate", 1))
    # ruleid: tool-input-to-shell
    subprocess.run("lp -d crate-printer " + label, shell=True, check=True)
    return f"printed {label}"


def courier_itinerary(args: dict) -> str:
    loan = shlex.quote(str(args["loan_id"]))
    printer = shlex.quote(str(args.get("printer", "registrar")))
    # ok: tool-input-to-shell
    out = os.popen(f"itinerary-pdf --loan {loan} | lp -d {printer}").read()
    return out or "queued"


def import_valuation(args: dict) -> str:
    blob = base64.b64decode(args["blob"])
    # ruleid: unsafe-deserialization
    valuation = pickle.loads(blob)
    return f"insurance value {valuation['amount']} {valuation['currency']}"


DISPATCH = {
    "import_valuation": import_valuation,
    "condition_report": condition_report,
    "attach_photo": attach_photo,
    "print_crate_label": print_crate_label,
    "courier_itinerary": courier_itinerary,
}
