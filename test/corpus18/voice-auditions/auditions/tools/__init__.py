from .audio import FetchDemoTool, LoudnessTool, WaveformTool
from .base import BaseTool
from .talent import ShortlistTool, TalentSearchTool

ALL_TOOLS: list[BaseTool] = [WaveformTool(), LoudnessTool(), FetchDemoTool(), ShortlistTool(), TalentSearchTool()]
