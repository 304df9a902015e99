"use strict";
const dns = require("node:dns").promises;
const net = require("node:net");

const ARCHIVABLE = new Set(["www.city-council.example.gov", "minutes.city-council.example.gov", "press.example.org"]);

function privateAddress(ip) {
  if (net.isIPv6(ip)) return ip === "::1" || /^f[cd]/i.test(ip) || /^fe80/i.test(ip);
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

async function checkArchivable(raw) {
  const url = new URL(raw);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("unsupported scheme");
  if (!ARCHIVABLE.has(url.hostname)) throw new Error(`${url.hostname} is not in the archive scope`);
  const { address } = await dns.lookup(url.hostname);
  if (privateAddress(address)) throw new Error("private address");
  return url;
}

module.exports = { checkArchivable };
