import os
import time

import requests


class NagiosApi:
    def __init__(self):
        self.base = os.environ.get("NAGIOS_URL", "https://nagios.ops.example/nagios/cgi-bin")
        self.auth = (os.environ.get("NAGIOS_USER", "mcp"), os.environ.get("NAGIOS_PASSWORD", ""))
        self.ca = os.environ.get("NAGIOS_CA", "/etc/ssl/certs/ops-ca.pem")

    def downtime(self, host: str, minutes: int, comment: str) -> None:
        start = int(time.time())
        data = {"cmd_typ": 55, "cmd_mod": 2, "host": host, "com_data": comment, "start_time": start, "end_time": start + minutes * 60, "fixed": 1}
        # ok: tls-verification-disabled
        resp = requests.post(f"{self.base}/cmd.cgi", data=data, auth=self.auth, verify=self.ca, timeout=15)
        resp.raise_for_status()
