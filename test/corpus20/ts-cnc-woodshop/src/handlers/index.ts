import { loadProgram, jobPath, feedExpression } from "../lib/gcode.js";

type Args = Record<string, any>;
type Out = { content: { type: "text"; text: string }[] };

const ok = (text: string): Out => ({ content: [{ type: "text", text }] });

const WOODS: Record<string, number> = { oak: 0.7, walnut: 0.8, maple: 0.65, pine: 1.0, mdf: 0.9 };

export const handlers: Record<string, (args: Args) => Promise<Out>> = {
  async show_program(args) {
    const text = await loadProgram(jobPath(args.program));
    return ok(text.split("\n").slice(0, 200).join("\n"));
  },
  async feed_rate(args) {
    const { expression, rpm, flutes, chipload } = args;
    return ok(String(feedExpression(expression, { rpm, flutes, chipload })));
  },
  async wood_factor(args) {
    const factor = WOODS[String(args.wood)] ?? 1;
    // ok: tool-input-to-eval
    const feed = JSON.parse(`{"feed": ${Number(args.baseFeed) * factor}}`);
    return ok(`feed ${feed.feed} mm/min`);
  },
};

export const toolList = [
  { name: "show_program", description: "Show the first lines of a G-code program", inputSchema: { type: "object", properties: { program: { type: "string" } }, required: ["program"] } },
  { name: "feed_rate", description: "Compute a feed rate from a formula", inputSchema: { type: "object", properties: { expression: { type: "string" }, rpm: { type: "number" }, flutes: { type: "number" }, chipload: { type: "number" } } } },
  { name: "wood_factor", description: "Adjust a base feed for a wood species", inputSchema: { type: "object", properties: { wood: { type: "string", enum: Object.keys(WOODS) }, baseFeed: { type: "number" } } } },
];
