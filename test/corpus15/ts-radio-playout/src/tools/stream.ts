import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../index.js";
import { liquidsoap } from "../utils/exec.js";
import { assertAllowedRelay } from "../utils/guards.js";

const METADATA_KEYS = ["title", "artist", "album", "comment"] as const;

export function registerStreamTools(server: McpServer, deps: Deps) {
  const ls = (cmd: string) => liquidsoap(deps.liquidsoapHost, deps.liquidsoapPort, cmd);

  server.tool("now_playing", "Show the track on air", async () => {
    const out = await ls("output.icecast.metadata");
    return { content: [{ type: "text", text: out }] };
  });

  server.tool("push_request", "Queue a track as a listener request", { uri: z.string() }, async ({ uri }) => {
    const id = await ls(`request.push ${uri}`);
    return { content: [{ type: "text", text: `Request id ${id}` }] };
  });

  server.tool(
    "relay_status",
    "Check that an upstream relay is reachable",
    { relayUrl: z.string() },
    async ({ relayUrl }) => {
      const url = await assertAllowedRelay(relayUrl);
      // ok: tool-input-to-url
      const res = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(4000) });
      return { content: [{ type: "text", text: `${url.hostname}: HTTP ${res.status}` }] };
    },
  );

  server.tool(
    "metadata_keys",
    "List the metadata keys that can be overridden",
    async () => ({ content: [{ type: "text", text: METADATA_KEYS.join(", ") }] }),
  );
}
