import { FastMCP, UserError } from "fastmcp";
import { lookup } from "node:dns/promises";
import net from "node:net";
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";

const server = new FastMCP({ name: "podcast-feeds", version: "2.0.3" });
const xml = new XMLParser({ ignoreAttributes: false });

const TRUSTED_FEED_HOSTS = new Set(["feeds.simplecast.com", "feeds.megaphone.fm", "anchor.fm", "feeds.buzzsprout.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function checkedFeedUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new UserError("only https feeds");
  if (!TRUSTED_FEED_HOSTS.has(url.hostname)) throw new UserError(`host ${url.hostname} is not an allowed feed host`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new UserError("feed host resolves to a private address");
  return url;
}

server.addTool({
  name: "latest_episodes",
  description: "Latest episodes of a podcast from one of the supported hosting providers.",
  parameters: z.object({ feedUrl: z.string().url(), count: z.number().int().min(1).max(50).default(10) }),
  execute: async ({ feedUrl, count }) => {
    const url = await checkedFeedUrl(feedUrl);
    // ok: tool-input-to-url
    const res = await fetch(url, { redirect: "error" });
    const doc = xml.parse(await res.text());
    const items = [].concat(doc?.rss?.channel?.item ?? []).slice(0, count);
    return JSON.stringify(items.map((i: any) => ({ title: i.title, published: i.pubDate, audio: i.enclosure?.["@_url"] })), null, 2);
  },
});

server.addTool({
  name: "preview_feed",
  description: "Fetches any RSS feed URL and shows its channel title and episode count.",
  parameters: z.object({ url: z.string().url() }),
  execute: async (args) => {
    // ruleid: tool-input-to-url
    const res = await fetch(args.url, { headers: { Accept: "application/rss+xml" } });
    if (!res.ok) throw new UserError(`feed answered ${res.status}`);
    const channel = xml.parse(await res.text())?.rss?.channel ?? {};
    const items = [].concat(channel.item ?? []);
    return `${channel.title ?? "(untitled)"}: ${items.length} episodes`;
  },
});

server.addTool({
  name: "search_directory",
  description: "Searches the public podcast directory by keyword.",
  parameters: z.object({ term: z.string().min(2).max(100) }),
  execute: async ({ term }) => {
    const qs = new URLSearchParams({ term, media: "podcast", limit: "20" });
    // ok: tool-input-to-url
    const res = await fetch(`https://itunes.apple.com/search?${qs}`);
    const data = await res.json();
    return JSON.stringify(data.results.map((r: any) => ({ name: r.collectionName, feed: r.feedUrl })), null, 2);
  },
});

server.addTool({
  name: "tag_episode",
  description: "Attaches free-form tags to an episode in the local library.",
  // ruleid: weak-input-schema
  parameters: z.object({ episodeGuid: z.string(), tags: z.any() }),
  execute: async ({ episodeGuid, tags }) => {
    const list = Array.isArray(tags) ? tags.map(String) : [String(tags)];
    return `tagged ${episodeGuid} with ${list.join(", ")}`;
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8080) } });
