const SENTRY = "https://sentry.io/api/0";
const token = process.env.SENTRY_TOKEN ?? "";

async function sentry(path: string, init: RequestInit = {}) {
  const res = await fetch(`${SENTRY}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } });
  if (!res.ok) throw new Error(`sentry ${res.status}`);
  return res.json();
}

function compilePredicate(src: string): (issue: unknown) => boolean {
  // ruleid: tool-input-to-eval
  return new Function("issue", `return (${src});`) as (issue: unknown) => boolean;
}

const SORTS: Record<string, (a: { count: number; lastSeen: string }, b: { count: number; lastSeen: string }) => number> = {
  count: (a, b) => b.count - a.count,
  recent: (a, b) => b.lastSeen.localeCompare(a.lastSeen),
};

function sortFn(key: string) {
  if (!(key in SORTS)) throw new Error(`sort must be one of ${Object.keys(SORTS).join(", ")}`);
  return SORTS[key];
}

function legacySort(expr: string) {
  // ruleid: tool-input-to-eval
  return eval(`(a, b) => ${expr}`);
}

export const handlers = {
  async sorted_issues({ project, sort, custom }: { project: string; sort: string; custom?: string }) {
    const issues = (await sentry(`/projects/acme/${encodeURIComponent(project)}/issues/`)) as { count: number; lastSeen: string }[];
    const cmp = custom ? legacySort(custom) : sortFn(sort);
    return JSON.stringify(issues.sort(cmp).slice(0, 25));
  },

  async filter_issues({ project, predicate }: { project: string; predicate: string }) {
    const issues = (await sentry(`/projects/acme/${encodeURIComponent(project)}/issues/?query=is:unresolved`)) as unknown[];
    const keep = compilePredicate(predicate);
    return JSON.stringify(issues.filter(keep).slice(0, 50));
  },

  async load_saved_view({ view }: { view: string }) {
    // ok: tool-input-to-eval
    const parsed = JSON.parse(view) as { query?: string; sort?: string };
    return `query=${parsed.query ?? ""} sort=${parsed.sort ?? "date"}`;
  },

  async assign_issue({ issueId, assignee }: { issueId: string; assignee: string }) {
    await sentry(`/issues/${issueId}/`, { method: "PUT", body: JSON.stringify({ assignedTo: assignee }) });
    return `assigned ${issueId} to ${assignee}`;
  },
};
