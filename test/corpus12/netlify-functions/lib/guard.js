const dns = require("dns").promises;
const net = require("net");

const ALLOWED_HOSTS = new Set(["api.netlify.com", "app.netlify.com", "netlify-logs.s3.amazonaws.com"]);

function isPrivate(ip) {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  const v6 = ip.toLowerCase();
  return v6 === "::1" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80") || v6.startsWith("::ffff:");
}

/** Only https URLs on the allow-listed hosts, and never to a private address. */
async function assertAllowedUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("only https URLs are allowed");
  if (!ALLOWED_HOSTS.has(url.hostname)) throw new Error(`host ${url.hostname} is not allowed`);
  const addrs = await dns.lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("host resolves to a private address");
  return url;
}

module.exports = { assertAllowedUrl, isPrivate };
