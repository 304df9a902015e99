export async function adminGet(url: string, headers: Record<string, string>) {
  // ruleid: tool-input-to-url
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return res.json();
}

export async function adminPut(url: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(url, { method: "PUT", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`PUT ${url} -> ${res.status}`);
}
