import logging

from donor_desk.app import mcp
import donor_desk.tools  # noqa: F401  (tool registration)

logging.basicConfig(level=logging.INFO, filename="donor-desk.log")


def main():
    mcp.run()


if __name__ == "__main__":
    main()
