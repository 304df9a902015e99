const CHANNEL_BASE = "https://api.channelmanager.example/v3";

export function listingUrl(propertyId: string): string {
  return `${CHANNEL_BASE}/properties/${encodeURIComponent(propertyId)}/listing`;
}

export async function fetchText(url: string, key: string): Promise<string> {
  // ok: tool-input-to-url
  const res = await fetch(url, { headers: { "x-api-key": key } });
  if (!res.ok) throw new Error(`channel manager ${res.status}`);
  return res.text();
}

export async function icalFeed(feedUrl: string): Promise<{ start: string; end: string }[]> {
  // ruleid: tool-input-to-url
  const res = await fetch(feedUrl, { headers: { accept: "text/calendar" } });
  const body = await res.text();
  const out: { start: string; end: string }[] = [];
  for (const block of body.split("BEGIN:VEVENT").slice(1)) {
    const start = /DTSTART[^:]*:(\d{8})/.exec(block)?.[1];
    const end = /DTEND[^:]*:(\d{8})/.exec(block)?.[1];
    if (start && end) out.push({ start, end });
  }
  return out;
}
