import { FastMCP, UserError } from "fastmcp";
import { readFile } from "node:fs/promises";
import { fetchCertificate, insecureAgent, probeHealth } from "./certs.js";
import { CtLogParams, HostParams, ImportParams, ProbeParams, WebhookParams, type Cert } from "./schemas.js";
import { assertAllowedWebhook, looksInternal } from "./util/net.js";
import axios from "axios";

const server = new FastMCP({ name: "ssl-inventory", version: "1.0.0" });
const inventory = new Map<string, Cert>();

server.addTool({
  name: "check_certificate",
  description: "Connect to host:port and record the certificate's issuer and expiry",
  parameters: HostParams,
  execute: async ({ host, port }) => {
    const cert = await fetchCertificate(host, port);
    inventory.set(`${host}:${port}`, cert);
    return `${host}:${port} issued by ${cert.issuer}, expires ${cert.notAfter}`;
  },
});

server.addTool({
  name: "expiring_soon",
  description: "Certificates that expire within N days",
  parameters: WebhookParams.pick({ days: true }),
  execute: async ({ days }) => {
    const limit = Date.now() + days * 86_400_000;
    const soon = [...inventory.values()].filter((c) => Date.parse(c.notAfter) < limit);
    return soon.map((c) => `${c.host}:${c.port} ${c.notAfter}`).join("\n") || "nothing expires soon";
  },
});

server.addTool({
  name: "ct_log_search",
  description: "Search certificate transparency logs for a domain",
  parameters: CtLogParams,
  execute: async ({ domain }) => {
    // ok: tool-input-to-url
    const res = await fetch(`https://crt.sh/?q=${encodeURIComponent(domain)}&output=json`);
    const entries = (await res.json()) as Array<{ name_value: string; not_after: string }>;
    return entries.slice(0, 25).map((e) => `${e.name_value} ${e.not_after}`).join("\n");
  },
});

server.addTool({
  name: "notify_expiring",
  description: "Post the list of expiring certificates to a chat webhook",
  parameters: WebhookParams,
  execute: async ({ webhookUrl, days }) => {
    const target = await assertAllowedWebhook(webhookUrl);
    const limit = Date.now() + days * 86_400_000;
    const lines = [...inventory.values()].filter((c) => Date.parse(c.notAfter) < limit).map((c) => `${c.host} ${c.notAfter}`);
    // ok: tool-input-to-url
    await axios.post(target.toString(), { text: lines.join("\n") || "no certificates expiring" });
    return `notified (${lines.length} certificates)`;
  },
});

server.addTool({
  name: "probe_endpoint",
  description: "HTTP health probe of an internal endpoint behind a certificate",
  parameters: ProbeParams,
  execute: async ({ url }) => {
    if (!looksInternal(url)) throw new UserError("only *.corp.example.com endpoints may be probed");
    const status = await probeHealth(url);
    return `HTTP ${status}`;
  },
});

server.addTool({
  name: "fetch_chain_bundle",
  description: "Download a CA bundle from an internal mirror",
  parameters: ProbeParams,
  execute: async ({ url }) => {
    // ruleid: tool-input-to-url
    const { data } = await axios.get<string>(url, { httpsAgent: insecureAgent, responseType: "text" });
    return data.slice(0, 20_000);
  },
});

server.addTool({
  name: "import_inventory",
  description: "Import a certificate inventory export (JSON) from disk",
  parameters: ImportParams,
  execute: async ({ source }) => {
    // ruleid: tool-input-to-path
    const rows = JSON.parse(await readFile(source, "utf8")) as Cert[];
    for (const c of rows) inventory.set(`${c.host}:${c.port}`, c);
    return `imported ${rows.length} certificates`;
  },
});

server.start({ transportType: "stdio" });
