import shlex

PHOTO_ROOT = "/srv/petsit/photos"


def build_route_cmd(addresses: list[str], profile: str = "car") -> str:
    stops = " ".join(f'"{a}"' for a in addresses)
    return f"route-planner --profile {profile} --optimize {stops}"


def build_gpx_argv(visit_id: int, addresses: list[str]) -> list[str]:
    return ["route-planner", "--gpx", f"/srv/petsit/routes/{visit_id}.gpx", "--", *addresses]


def thumbnail_cmd(photo: str, width: int) -> str:
    return f"convert {PHOTO_ROOT}/{photo} -resize {width}x {PHOTO_ROOT}/thumbs/{photo}"


def safe_thumbnail_cmd(photo: str, width: int) -> str:
    src = shlex.quote(f"{PHOTO_ROOT}/{photo}")
    dst = shlex.quote(f"{PHOTO_ROOT}/thumbs/{photo}")
    return f"convert {src} -resize {int(width)}x {dst}"
