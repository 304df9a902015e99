import vm from "node:vm";
import got from "got";

const PRESS_LOG_API = "https://press-log.cidermill.example/api";

const BLENDS = {
  dry: "bramley * 0.6 + dabinett * 0.4",
  medium: "bramley * 0.4 + dabinett * 0.4 + cox * 0.2",
  sweet: "cox * 0.7 + dabinett * 0.3",
};

export const toolList = [
  { name: "blend_sugar", description: "Sugar of a blend preset", inputSchema: { type: "object", properties: { preset: { type: "string", enum: Object.keys(BLENDS) }, brix: { type: "object" } } } },
  { name: "custom_blend", description: "Evaluate a custom blend formula", inputSchema: { type: "object", properties: { formula: { type: "string" } } } },
  { name: "yield_calc", description: "Juice yield with a custom adjustment", inputSchema: { type: "object", properties: { kg: { type: "number" }, adjust: { type: "string" } } } },
  { name: "press_log", description: "Press log entries for a day", inputSchema: { type: "object", properties: { day: { type: "string" } } } },
  { name: "orchard_feed", description: "Fetch an orchard's harvest feed", inputSchema: { type: "object", properties: { feedUrl: { type: "string" } } } },
];

export const handlers = {
  async blend_sugar({ preset, brix }) {
    const formula = BLENDS[preset];
    if (!formula) throw new Error("unknown preset");
    const ctx = { bramley: Number(brix?.bramley ?? 10), dabinett: Number(brix?.dabinett ?? 14), cox: Number(brix?.cox ?? 13) };
    // ok: tool-input-to-eval
    return vm.runInNewContext(formula, ctx, { timeout: 50 });
  },

  async custom_blend({ formula, brix = {} }) {
    // ruleid: tool-input-to-eval
    return vm.runInNewContext(formula, { ...brix }, { timeout: 50 });
  },

  async yield_calc({ kg, adjust }) {
    // ruleid: tool-input-to-eval
    const fn = new Function("litres", `return ${adjust};`);
    return fn(Number(kg) * 0.65);
  },

  async press_log({ day }) {
    // ok: tool-input-to-url
    const entries = await got(`${PRESS_LOG_API}/days/${encodeURIComponent(day)}`).json();
    return entries.map((e) => `${e.time} ${e.variety} ${e.kg}kg`).join("\n");
  },

  async orchard_feed({ feedUrl }) {
    // ruleid: tool-input-to-url
    const body = await got(feedUrl, { timeout: { request: 8000 } }).text();
    return body.slice(0, 3000);
  },
};
