#!/usr/bin/env node
// RSS reader MCP server (ES modules, stdio): subscribed feeds, ad-hoc feeds, OPML import.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { checkFeedUrl, FEED_HOSTS } from './guard.mjs';

const parser = new Parser({ timeout: 10000, headers: { 'User-Agent': 'mcp-rss-reader/0.5' } });
const server = new McpServer({ name: 'rss-reader', version: '0.5.0' });

const formatItems = (feed, n) =>
  feed.items.slice(0, n).map((i) => `- ${i.title} (${i.isoDate ?? i.pubDate ?? 'undated'})\n  ${i.link}`).join('\n');

server.tool(
  'read_feed',
  'Latest items of a subscribed feed. Important: only subscribed hosts are allowed; use list_subscriptions to see them.',
  { url: z.string(), count: z.number().int().min(1).max(50).default(10) },
  async ({ url, count }) => {
    const safe = await checkFeedUrl(url);
    // ok: tool-input-to-url
    const feed = await parser.parseURL(safe);
    return { content: [{ type: 'text', text: `${feed.title}\n${formatItems(feed, count)}` }] };
  },
);

server.tool('list_subscriptions', async () => ({ content: [{ type: 'text', text: [...FEED_HOSTS].join('\n') }] }));

server.tool(
  'preview_feed',
  'Preview any RSS/Atom feed by URL before subscribing to it.',
  { url: z.string().url() },
  async ({ url }) => {
    // ruleid: tool-input-to-url
    const feed = await parser.parseURL(url);
    return { content: [{ type: 'text', text: formatItems(feed, 5) }] };
  },
);

server.tool(
  'discover_feed',
  'Find the RSS link of a website by reading its <link rel="alternate"> tags.',
  { site: z.string() },
  async ({ site }) => {
    const page = site.startsWith('http') ? site : `https://${site}`;
    // ruleid: tool-input-to-url
    const html = await (await fetch(page)).text();
    const links = [...html.matchAll(/<link[^>]+type="application\/(?:rss|atom)\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    return { content: [{ type: 'text', text: links.join('\n') || 'no feed links found' }] };
  },
);

server.tool(
  'import_opml',
  'Import subscriptions from an OPML file path.',
  { file: z.string() },
  async ({ file }) => {
    // ruleid: tool-input-to-path
    const xml = await readFile(file, 'utf8');
    // ok: unsafe-deserialization
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: false }).parse(xml);
    const outlines = [doc.opml?.body?.outline ?? []].flat();
    return { content: [{ type: 'text', text: outlines.map((o) => o['@_xmlUrl']).filter(Boolean).join('\n') }] };
  },
);

await server.connect(new StdioServerTransport());
