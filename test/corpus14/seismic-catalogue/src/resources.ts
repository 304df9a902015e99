import { readFile } from "node:fs/promises";
import path from "node:path";
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { resolveInside } from "./util/paths.js";

const ARCHIVE = process.env.SEISMIC_ARCHIVE ?? "/archive/seismic";

export function registerArchiveResources(server: McpServer): void {
  server.registerResource(
    "waveform-day",
    new ResourceTemplate("waveform://{station}/{day}", { list: undefined }),
    { title: "Day waveform (miniSEED header dump)", mimeType: "text/plain" },
    async (uri, { station, day }) => {
      const file = path.join(ARCHIVE, "waveforms", String(station), `${day}.txt`);
      // ruleid: tool-input-to-path
      const text = await readFile(file, "utf8");
      return { contents: [{ uri: uri.href, text }] };
    },
  );

  server.registerResource(
    "station-xml",
    new ResourceTemplate("stationxml://{network}/{station}", { list: undefined }),
    { title: "FDSN StationXML", mimeType: "application/xml" },
    async (uri, { network, station }) => {
      const file = resolveInside(ARCHIVE, "stationxml", String(network), `${station}.xml`);
      // ok: tool-input-to-path
      const text = await readFile(file, "utf8");
      return { contents: [{ uri: uri.href, text }] };
    },
  );
}
