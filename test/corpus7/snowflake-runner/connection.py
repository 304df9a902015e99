import os

import snowflake.connector


def connect():
    return snowflake.connector.connect(
        account=os.environ.get("SNOWFLAKE_ACCOUNT", "acme-eu1"),
        user=os.environ.get("SNOWFLAKE_USER", "MCP_READER"),
        # ruleid: hardcoded-secret
        password="Wh1teOut-Sn0w!2024",
        warehouse=os.environ.get("SNOWFLAKE_WAREHOUSE", "REPORTING_XS"),
        role="REPORTING_READ",
    )
