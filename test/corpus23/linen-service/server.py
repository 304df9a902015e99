from mcp.server.fastmcp import FastMCP

from tools import import_pms_export, import_route_plan, load_compiled_rules, restore_session, set_par, soil_weight

mcp = FastMCP("linen-service")

for fn in (set_par, import_pms_export, import_route_plan, restore_session, load_compiled_rules, soil_weight):
    mcp.add_tool(fn)


if __name__ == "__main__":
    mcp.run()
