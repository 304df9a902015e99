// Feed fetch guard: subscribed feed hosts only, and never an internal address.
import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export const FEED_HOSTS = new Set([
  'feeds.arstechnica.com',
  'hnrss.org',
  'www.theverge.com',
  'blog.rust-lang.org',
  'lwn.net',
]);

export async function checkFeedUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('not a URL');
  }
  if (!['https:', 'http:'].includes(url.protocol)) throw new Error('feeds must be http(s)');
  if (!FEED_HOSTS.has(url.hostname)) throw new Error(`not a subscribed feed host: ${url.hostname}`);
  for (const { address } of await dns.lookup(url.hostname, { all: true })) {
    if (ipaddr.parse(address).range() !== 'unicast') throw new Error('feed host resolves to a non-public address');
  }
  return url.href;
}
