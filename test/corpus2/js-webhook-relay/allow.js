const dns = require("dns").promises;
const net = require("net");

const APPROVED = ["hooks.slack.com", "outlook.office.com", "discord.com"];

function privateV4(ip) {
  const p = ip.split(".").map(Number);
  return p[0] === 10 || p[0] === 127 || (p[0] === 172 && p[1] >= 16 && p[1] < 32) || (p[0] === 192 && p[1] === 168) || (p[0] === 169 && p[1] === 254) || p[0] === 0;
}

async function isAllowedWebhook(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== "https:" || !APPROVED.includes(u.hostname)) return false;
  const addrs = await dns.lookup(u.hostname, { all: true });
  return addrs.every((a) => (net.isIPv4(a.address) ? !privateV4(a.address) : !a.address.startsWith("fd") && a.address !== "::1"));
}

module.exports = { isAllowedWebhook };
