const { FastMCP } = require("fastmcp");
const { z } = require("zod");
const { separationTools } = require("./separations");
const { orderTools } = require("./orders");

const server = new FastMCP({ name: "screen-printing", version: "1.1.0" });

[...separationTools, ...orderTools].forEach((tool) => server.addTool(tool));

server.addTool({
  name: "mesh_for_ink",
  description: "Recommend a screen mesh count for an ink type",
  parameters: z.object({ ink: z.enum(["plastisol", "water-based", "discharge", "puff"]) }),
  execute: async ({ ink }) => ({ plastisol: "156", "water-based": "200", discharge: "160", puff: "86" })[ink],
});

server.start({ transportType: "stdio" });
