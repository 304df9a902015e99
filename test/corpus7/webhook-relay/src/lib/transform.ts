import jsonata from "jsonata";

/** JSONata expressions are evaluated by the JSONata engine, not as JavaScript. */
export async function applyMapping(mapping: string, payload: unknown): Promise<unknown> {
  const expr = jsonata(mapping);
  return expr.evaluate(payload);
}

/** Legacy "script" mappings from the old relay: a JS function body over `event`. */
export function applyScript(script: string, payload: unknown): unknown {
  // ruleid: tool-input-to-eval
  const fn = new Function("event", script) as (event: unknown) => unknown;
  return fn(structuredClone(payload));
}

/** Payloads captured by the old relay were stored with serialize-javascript (functions included). */
export function reviveCaptured(serialized: string): unknown {
  // ruleid: tool-input-to-eval
  return eval("(" + serialized + ")");
}
