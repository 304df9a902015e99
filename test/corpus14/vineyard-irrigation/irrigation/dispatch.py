from . import valves

DISPATCH = {
    "open_valve": lambda a: valves.open_valve(a["block"], a.get("minutes", 20)),
    "schedule": lambda a: valves.schedule(a["blocks"], a["start"], a["minutes"]),
    "import_program": lambda a: valves.import_program(a["program_yaml"]),
    "kc_curve": lambda a: valves.parse_kc_curve(a["curve"]),
    "et0_forecast": lambda a: valves.et0_forecast(a["station"]),
}
