const PROM = process.env.PROM_URL ?? "http://127.0.0.1:9090";

export async function queryPrometheus(promql: string, time?: string): Promise<unknown> {
  const params = new URLSearchParams({ query: promql });
  if (time) params.set("time", time);
  // ok: tool-input-to-url
  const res = await fetch(`${PROM}/api/v1/query?${params.toString()}`);
  if (!res.ok) throw new Error(`prometheus returned ${res.status}`);
  const body = (await res.json()) as { data: unknown };
  return body.data;
}
