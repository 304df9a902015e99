import vm from "node:vm";
import serialize from "node-serialize";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { CompareArgs, RestoreArgs, type Ctx } from "../schemas.js";
import { loadSegments } from "./files.js";

function toSeconds(t: string | null): number {
  if (!t) return NaN;
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(t);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
}

let timerState: Record<string, unknown> = { running: false, split: 0 };

export function registerCompareTools(server: McpServer, ctx: Ctx) {
  server.tool("time_save", "Where the most time can be saved, by segment.", CompareArgs, async ({ file, comparison, scoreExpr }) => {
    const segments = await loadSegments(ctx.splitsRoot, file);
    const scored = segments.map((s) => {
      const pb = toSeconds(s.pb);
      const sob = toSeconds(s.best);
      let score = pb - sob;
      if (scoreExpr) {
        // ruleid: tool-input-to-eval
        score = Number(vm.runInNewContext(scoreExpr, { pb, sob }, { timeout: 50 }));
      }
      return { name: s.name, score };
    });
    scored.sort((a, b) => b.score - a.score);
    return { content: [{ type: "text", text: `${comparison}\n` + scored.map((s) => `${s.name}: ${s.score.toFixed(2)}`).join("\n") }] };
  });

  server.tool("save_timer_state", "Serialize the current timer state.", {}, async () => ({
    content: [{ type: "text", text: serialize.serialize(timerState) }],
  }));

  server.tool("restore_timer_state", "Restore a timer state saved earlier.", RestoreArgs, async ({ state }) => {
    // ruleid: unsafe-deserialization
    timerState = serialize.unserialize(state);
    return { content: [{ type: "text", text: `restored at split ${timerState.split}` }] };
  });

  server.tool("restore_timer_json", "Restore a timer state exported as JSON.", RestoreArgs, async ({ state }) => {
    // ok: unsafe-deserialization
    const parsed = JSON.parse(state);
    timerState = { running: Boolean(parsed.running), split: Number(parsed.split) || 0 };
    return { content: [{ type: "text", text: `restored at split ${timerState.split}` }] };
  });
}
