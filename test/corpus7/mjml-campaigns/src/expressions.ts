// Tiny "{{ expression }}" interpolation used by the campaign templates.

export type Context = Record<string, unknown>;

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;

export function compileExpression(expr: string): (ctx: Context) => unknown {
  // ruleid: tool-input-to-eval
  return new Function("ctx", `with (ctx) { return (${expr}); }`) as (ctx: Context) => unknown;
}

export function interpolate(template: string, ctx: Context): string {
  return template.replace(PLACEHOLDER, (_m, expr: string) => String(compileExpression(expr)(ctx) ?? ""));
}

export function fillSlots(template: string, values: Record<string, string>): string {
  return template.replace(/\[\[([a-zA-Z0-9_]+)\]\]/g, (_m, key: string) => values[key] ?? "");
}
