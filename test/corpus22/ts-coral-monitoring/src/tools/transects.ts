import serialize from "node-serialize";
import YAML from "yaml";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ImportTransectInput, RestoreSessionInput, BleachingQueryInput, SurveyConfigInput, QuadratStatsInput } from "../schemas.js";
import { bleachingRows, quadratStats, saveTransect } from "../services/store.js";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

function decodeSession(blob: string) {
  const raw = Buffer.from(blob, "base64").toString("utf8");
  // ruleid: unsafe-deserialization
  return serialize.unserialize(raw);
}

export function registerTransectTools(server: McpServer) {
  server.tool("import_transect", "Import a diver transect export.", ImportTransectInput.shape, async (args) => {
    // ok: unsafe-deserialization
    const data = JSON.parse(args.payload);
    await saveTransect(args.site, data);
    return text(`imported ${Array.isArray(data.points) ? data.points.length : 0} points for ${args.site}`);
  });

  server.tool("restore_session", "Restore a saved survey session.", RestoreSessionInput.shape, async ({ blob }) => {
    const session = decodeSession(blob);
    return text(`restored session of ${session.diver ?? "unknown diver"}`);
  });

  server.tool("load_survey_config", "Validate a survey protocol YAML.", SurveyConfigInput.shape, async ({ yamlText }) => {
    // ok: unsafe-deserialization
    const cfg = YAML.parse(yamlText);
    return text(`protocol ${cfg?.name ?? "?"} with ${cfg?.quadrats?.length ?? 0} quadrats`);
  });

  server.tool("bleaching_report", "List bleaching observations at a site.", BleachingQueryInput.shape, async ({ site, minSeverity, orderBy }) => {
    const rows = await bleachingRows(site, minSeverity, orderBy);
    return text(JSON.stringify(rows));
  });

  server.tool("quadrat_stats", "Average live coral cover per quadrat for one year.", QuadratStatsInput.shape, async ({ site, year }) => {
    return text(JSON.stringify(await quadratStats(site, year)));
  });

  server.tool(
    "merge_cached_tiles",
    "Merge tile caches sent by the photogrammetry workstation.",
    { tiles: RestoreSessionInput.shape.blob.array().max(50) },
    async ({ tiles }) => {
      // ruleid: unsafe-deserialization
      const decoded = tiles.map((t) => serialize.unserialize(Buffer.from(t, "base64").toString()));
      return text(`${decoded.length} tile caches merged`);
    },
  );
}
