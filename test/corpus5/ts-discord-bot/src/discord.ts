// Minimal Discord REST client (v10) used by the MCP tools.
const API = "https://discord.com/api/v10";

// ok: hardcoded-secret
const BOT_TOKEN = process.env.DISCORD_BOT_TOKEN ?? "";

export interface DiscordMessage {
  id: string;
  author: { username: string };
  content: string;
  timestamp: string;
}

async function call<T>(method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${API}${route}`, {
    method,
    headers: { Authorization: `Bot ${BOT_TOKEN}`, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 429) {
    const retry = Number(res.headers.get("retry-after") ?? "1");
    await new Promise((r) => setTimeout(r, retry * 1000));
    return call<T>(method, route, body);
  }
  if (!res.ok) throw new Error(`discord ${method} ${route}: ${res.status}`);
  return (await res.json()) as T;
}

export function recentMessages(channelId: string, limit: number): Promise<DiscordMessage[]> {
  // ok: tool-input-to-url
  return call<DiscordMessage[]>("GET", `/channels/${encodeURIComponent(channelId)}/messages?limit=${limit}`);
}

export function sendMessage(channelId: string, content: string): Promise<DiscordMessage> {
  const chunks = content.match(/[\s\S]{1,2000}/g) ?? [""];
  return chunks.reduce<Promise<DiscordMessage>>(
    (prev, chunk) => prev.then(() => call<DiscordMessage>("POST", `/channels/${encodeURIComponent(channelId)}/messages`, { content: chunk })),
    Promise.resolve({} as DiscordMessage),
  );
}
