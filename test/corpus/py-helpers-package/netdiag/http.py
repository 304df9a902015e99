import requests

STATUS_API = "https://status.internal-tools.example.com"


def get_json(url: str) -> dict:
    return requests.get(url, timeout=10).json()


def service_status(service: str) -> dict:
    return requests.get(f"{STATUS_API}/api/services/{service}", timeout=10).json()
