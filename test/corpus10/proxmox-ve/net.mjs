import dns from "node:dns/promises";
import ipaddr from "ipaddr.js";

const ALLOWED = ["cloud-images.ubuntu.com", "cdimage.debian.org", "download.fedoraproject.org"];

export async function assertAllowedHost(raw) {
  const url = new URL(raw);
  if (!["https:", "http:"].includes(url.protocol)) throw new Error("unsupported scheme");
  if (!ALLOWED.includes(url.hostname)) throw new Error(`${url.hostname} is not an allowed image mirror`);
  for (const { address } of await dns.lookup(url.hostname, { all: true })) {
    if (ipaddr.parse(address).range() !== "unicast") throw new Error("mirror resolves to a non-public address");
  }
  return url;
}
