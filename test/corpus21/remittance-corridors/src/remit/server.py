import logging
import os

from .app import mcp
from . import tools  # noqa: F401

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("remit")


def main() -> None:
    log.info("starting remittance-corridors (http)")
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=int(os.environ.get("PORT", "8090")))


if __name__ == "__main__":
    main()
