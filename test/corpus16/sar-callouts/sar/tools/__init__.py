from .base import BaseTool
from .paging import PageTeamTool, PagerTestTool
from .planning import SearchAreaTool, GridToLatLonTool

ALL_TOOLS: list[BaseTool] = [PageTeamTool(), PagerTestTool(), SearchAreaTool(), GridToLatLonTool()]
