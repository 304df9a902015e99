"""Calls to the SaaS admin APIs involved in offboarding."""

import logging

import requests

log = logging.getLogger("offboarding")

APPS = {
    "google": "https://admin.googleapis.com/admin/directory/v1/users/{user}",
    "slack": "https://api.slack.com/scim/v2/Users/{user}",
    "github": "https://api.github.com/orgs/acme/members/{user}",
    "zoom": "https://api.zoom.us/v2/users/{user}",
}


def deprovision(app: str, user: str, token: str) -> int:
    if app not in APPS:
        raise ValueError(f"unsupported app {app}")
    url = APPS[app].format(user=requests.utils.quote(user, safe=""))
    # ok: tool-input-to-url
    r = requests.delete(url, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    return r.status_code


def call_custom_scim(base_url: str, user: str, token: str) -> int:
    # ruleid: tool-input-to-url
    r = requests.delete(f"{base_url}/Users/{user}", headers={"Authorization": f"Bearer {token}"}, timeout=15)
    return r.status_code


def reset_password(user: str, new_password: str, token: str) -> None:
    # ruleid: sensitive-data-logged
    log.info("resetting password for %s to %s", user, new_password)
    requests.put(APPS["google"].format(user=user), json={"password": new_password}, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    # ok: sensitive-data-logged
    log.info("password reset for %s done", user)
