import subprocess

PLUGIN_DIR = "/usr/lib/nagios/plugins"

PLUGINS = {
    "check_http": lambda h: ["-H", h, "-S", "-t", "10"],
    "check_disk": lambda h: ["-H", h, "-w", "20%", "-c", "10%"],
    "check_load": lambda h: ["-H", h, "-w", "5,4,3", "-c", "10,8,6"],
    "check_ping": lambda h: ["-H", h, "-w", "100,20%", "-c", "500,60%"],
}

STATES = {0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"}


def run_plugin(plugin: str, host: str) -> dict:
    argv = [f"{PLUGIN_DIR}/{plugin}", *PLUGINS[plugin](host)]
    # ok: tool-input-to-shell
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    return {"state": STATES.get(proc.returncode, "UNKNOWN"), "output": proc.stdout.strip()}
