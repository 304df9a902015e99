const API = "https://api.datadoghq.eu/api/v1/query";

export async function fetchSeries(query: string): Promise<number[]> {
  const now = Math.floor(Date.now() / 1000);
  const params = new URLSearchParams({ from: String(now - 3600), to: String(now), query });
  const res = await fetch(`${API}?${params}`, {
    headers: { "DD-API-KEY": process.env.DD_API_KEY ?? "", "DD-APPLICATION-KEY": process.env.DD_APP_KEY ?? "" },
  });
  const body = (await res.json()) as { series?: { pointlist: [number, number][] }[] };
  return (body.series?.[0]?.pointlist ?? []).map(([, v]) => v);
}
