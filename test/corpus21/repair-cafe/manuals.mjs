const ALLOWED_HOSTS = new Set(["www.ifixit.com", "manuals.example-repair.org"]);

export async function lookupManual(model) {
  const url = new URL(`https://manuals.example-repair.org/search`);
  url.searchParams.set("q", model);
  if (!ALLOWED_HOSTS.has(url.hostname)) throw new Error("manual host not allowed");
  // ok: tool-input-to-url
  const res = await fetch(url);
  const data = await res.json();
  return data.results?.[0]?.title ?? "no manual found";
}
