import requests

PARTNERS = {
    "alpine-re": "https://api.alpine-re.example/v1/quotes",
    "nordic-mutual": "https://quotes.nordicmutual.example/api/quote",
}


class PartnerGateway:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "insurance-quoting/1.0"

    def quote(self, partner: str, payload: dict) -> dict:
        if partner not in PARTNERS:
            raise ValueError(f"unknown partner {partner}")
        # ok: tool-input-to-url
        resp = self.session.post(PARTNERS[partner], json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def callback(self, payload: dict) -> None:
        url = payload.get("callback_url")
        if url:
            self.session.post(url, json={"status": "received"}, timeout=5)
