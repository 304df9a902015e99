// Which webhook receivers the tester may call.
import dns from "node:dns/promises";
import ipaddr from "ipaddr.js";

const RECEIVERS = (process.env.WEBHOOK_RECEIVERS ?? "hooks.slack.com,discord.com,webhook.site,api.pagerduty.com")
  .split(",")
  .map((h) => h.trim().toLowerCase());

export async function receiverUrl(raw: string): Promise<string> {
  const u = new URL(raw);
  if (u.protocol !== "https:") throw new Error("webhooks must be https");
  if (!RECEIVERS.includes(u.hostname.toLowerCase())) throw new Error(`receiver ${u.hostname} is not configured`);
  for (const { address } of await dns.lookup(u.hostname, { all: true })) {
    if (ipaddr.parse(address).range() !== "unicast") throw new Error("receiver resolves to a non-public address");
  }
  return u.href;
}
