import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execa, execaCommand } from "execa";
import { execFile } from "node:child_process";
import https from "node:https";
import tls from "node:tls";
import { z } from "zod";

const server = new McpServer({ name: "certbot-helper", version: "0.2.4" });

const domainSchema = z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i);

server.tool(
  "list_certificates",
  "Lists certificates managed by certbot, optionally one by name.",
  { certName: z.string().optional() },
  async ({ certName }) => {
    const args = ["certificates"];
    if (certName) args.push("--cert-name", certName);
    // ok: tool-input-to-shell
    const { stdout } = await execa("certbot", args);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "issue_certificate",
  "Issues a certificate with the webroot plugin.",
  { domain: z.string(), webroot: z.string().default("/var/www/html"), email: z.string().email() },
  async ({ domain, webroot, email }) => {
    const cmd = `certbot certonly --non-interactive --agree-tos -m ${email} --webroot -w ${webroot} -d ${domain}`;
    // ruleid: tool-input-to-shell
    const { stdout } = await execaCommand(cmd, { shell: true });
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "renew_hook_dry_run",
  "Runs the renewal dry run with the domain exposed to deploy hooks.",
  { domain: domainSchema },
  async ({ domain }) =>
    new Promise((resolve) => {
      // ok: tool-input-to-shell
      execFile("certbot", ["renew", "--dry-run", "--no-random-sleep-on-renew"], { env: { ...process.env, RENEWED_DOMAINS: domain } }, (err, stdout, stderr) => {
        resolve({ content: [{ type: "text", text: err ? `dry run failed:\n${stderr}` : stdout }], isError: Boolean(err) });
      });
    }),
);

server.tool(
  "check_expiry",
  "Connects to a host on 443 and reports when its certificate expires.",
  { host: domainSchema },
  async ({ host }) => {
    try {
      const expires = await new Promise<string>((resolve, reject) => {
        const socket = tls.connect({ host, port: 443, servername: host, rejectUnauthorized: false }, () => {
          const cert = socket.getPeerCertificate();
          socket.end();
          resolve(cert.valid_to);
        });
        socket.on("error", reject);
      });
      return { content: [{ type: "text", text: `${host}: certificate valid until ${expires}` }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `check failed: ${(err as Error).stack}` }], isError: true };
    }
  },
);

server.tool(
  "ocsp_status",
  "Asks the internal OCSP responder about a certificate serial.",
  { serial: z.string().regex(/^[0-9a-f]+$/i) },
  async ({ serial }) => {
    // ok: tls-verification-disabled
    const agent = new https.Agent({ ca: process.env.INTERNAL_CA_PEM, rejectUnauthorized: true });
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(`https://ocsp.internal.example/status/${serial}`, { agent }, (res) => {
          let data = "";
          res.on("data", (chunk) => (data += chunk));
          res.on("end", () => resolve(data));
        })
        .on("error", reject);
    });
    return { content: [{ type: "text", text: body }] };
  },
);

await server.connect(new StdioServerTransport());
