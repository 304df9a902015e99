import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as http from "node:http";
import { sightingsNear, speciesPhoto, observerProfile } from "./obis.mjs";

const server = new McpServer({ name: "whale-sightings", version: "1.4.0" });

server.tool(
  "sightings_near",
  "Whale sightings reported within a radius of a point.",
  { lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), km: z.number().max(200).default(20) },
  async (args) => ({ content: [{ type: "text", text: JSON.stringify(await sightingsNear(args)) }] }),
);

server.tool("species_photo", "Fetch a reference photo of a species by its image URL.", { imageUrl: z.string() }, async ({ imageUrl }) => {
  const bytes = await speciesPhoto(imageUrl);
  return { content: [{ type: "image", data: bytes.toString("base64"), mimeType: "image/jpeg" }] };
});

server.tool("observer_profile", "Public profile of a citizen-science observer.", { handle: z.string().max(60) }, async ({ handle }) => ({
  content: [{ type: "text", text: JSON.stringify(await observerProfile(handle)) }],
}));

server.tool("hydrophone_status", "Status JSON of a hydrophone buoy on the survey LAN.", { buoyHost: z.string() }, async ({ buoyHost }) => {
  const body = await new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    http.get(`http://${buoyHost}/status.json`, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(data));
    }).on("error", reject);
  });
  return { content: [{ type: "text", text: body }] };
});

// ruleid: stdout-in-stdio-server
console.log(`whale-sightings started, pid ${process.pid}`);
await server.connect(new StdioServerTransport());
