import json
import re
import subprocess
import uuid
from pathlib import Path

HOSTS = {"staging": "https://staging.shop-internal.example", "perf": "https://perf.shop-internal.example"}
RUN_ID = re.compile(r"^[0-9a-f]{32}$")


class RunStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def new_run(self) -> Path:
        d = self.root / uuid.uuid4().hex
        d.mkdir(parents=True)
        return d

    def report(self, run_id: str, fmt: str) -> str:
        if not RUN_ID.match(run_id):
            raise ValueError("unknown run")
        name = "stats_stats.csv" if fmt == "csv" else "report.html"
        # ok: tool-input-to-path
        return (self.root / run_id / name).read_text()

    def save_weights(self, run_id: str, weights: dict) -> None:
        # ruleid: tool-input-to-path
        with open(self.root / run_id / "weights.json", "w") as fh:
            json.dump(weights, fh)


def start_headless(locustfile: str, users: int, spawn_rate: int, minutes: int, host: str, store: RunStore) -> str:
    run_dir = store.new_run()
    argv = ["locust", "-f", locustfile, "--headless", "-u", str(users), "-r", str(spawn_rate), "-t", f"{minutes}m", "--host", HOSTS[host], "--csv", str(run_dir / "stats"), "--html", str(run_dir / "report.html")]
    # ok: tool-input-to-shell
    subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return run_dir.name
