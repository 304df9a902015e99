import vm from "node:vm";

export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (_, key: string) => vars[key] ?? "");
}

export function applyFilter<T>(events: T[], predicate: string): T[] {
  const kept: T[] = [];
  for (const ev of events) {
    // ruleid: tool-input-to-eval
    if (vm.runInNewContext(predicate, { ev }, { timeout: 50 })) kept.push(ev);
  }
  return kept;
}

export function applyFieldFilter<T extends Record<string, unknown>>(events: T[], field: string, value: string): T[] {
  return events.filter((ev) => String(ev[field]) === value);
}
