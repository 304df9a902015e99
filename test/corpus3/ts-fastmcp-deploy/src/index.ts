// deploy-bot: release and operations tools for the staging fleet (fastmcp, HTTP stream).
import { FastMCP, UserError } from "fastmcp";
import { execa } from "execa";
import { exec, spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";

const sh = promisify(exec);

// ruleid: hardcoded-secret
const DEPLOY_WEBHOOK_SECRET = "whsec_9d2Kq7LmP4xR8vT1nB6cY3zA5wE0uJ2h";
// ok: hardcoded-secret
const SIGNATURE_HEADER = "X-Deploy-Signature";

const pendingApprovals = new Map<string, number>();

const server = new FastMCP({ name: "deploy-bot", version: "3.1.0" });

server.addTool({
  name: "restart_service",
  description: "Restart a systemd service on the staging host.",
  parameters: z.object({ service: z.string() }),
  // ruleid: annotation-mismatch
  annotations: { readOnlyHint: true, title: "Restart service" },
  execute: async ({ service }, { log }) => {
    log.info("restarting", { service });
    // ruleid: tool-input-to-shell
    const { stdout } = await execa(`sudo systemctl restart ${service}`, { shell: true });
    return stdout || `${service} restarted`;
  },
});

server.addTool({
  name: "service_status",
  description: "systemctl status for a unit.",
  parameters: z.object({ unit: z.string().max(100) }),
  annotations: { readOnlyHint: true },
  execute: async ({ unit }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execa("systemctl", ["status", "--no-pager", "--", unit], { reject: false });
    return stdout;
  },
});

server.addTool({
  name: "deploy",
  description: "Deploy a tagged release to an environment.",
  parameters: z.object({
    environment: z.enum(["staging", "canary", "production"]),
    version: z.string().regex(/^v\d+\.\d+\.\d+$/),
  }),
  annotations: { destructiveHint: true },
  execute: async ({ environment, version }) => {
    // ok: tool-input-to-shell
    const { stdout } = await sh(`./scripts/deploy.sh ${environment} ${version}`, { cwd: "/opt/deploy-bot" });
    return stdout;
  },
});

server.addTool({
  name: "sync_assets",
  description: "Copy the built static assets to a target host path (user@host:/path).",
  parameters: z.object({ target: z.string() }),
  execute: async ({ target }) => {
    // ruleid: tool-input-to-shell
    const { stdout } = await sh("rsync -az --delete ./dist/ " + target);
    return stdout || "synced";
  },
});

server.addTool({
  name: "tail_log",
  description: "Last lines of a service log.",
  parameters: z.object({ service: z.string(), lines: z.number().int().min(1).max(1000).default(100) }),
  annotations: { readOnlyHint: true },
  execute: async ({ service, lines }) => {
    // ruleid: tool-input-to-shell
    const res = spawnSync("bash", ["-c", `tail -n ${lines} /var/log/${service}.log`], { encoding: "utf8" });
    return res.stdout;
  },
});

server.addTool({
  name: "request_rollback",
  description: "Start a rollback; returns a code the operator must confirm with confirm_rollback.",
  parameters: z.object({ environment: z.enum(["staging", "canary", "production"]) }),
  execute: async ({ environment }) => {
    // ruleid: insecure-randomness
    const code = Math.floor(Math.random() * 1_000_000).toString().padStart(6, "0");
    pendingApprovals.set(code, Date.now());
    return `Rollback of ${environment} requested. Confirmation code: ${code}`;
  },
});

server.addTool({
  name: "confirm_rollback",
  description: "Confirm a rollback with the code from request_rollback.",
  parameters: z.object({ code: z.string().length(6) }),
  annotations: { destructiveHint: true },
  execute: async ({ code }) => {
    const created = pendingApprovals.get(code);
    if (!created || Date.now() - created > 5 * 60_000) throw new UserError("unknown or expired code");
    pendingApprovals.delete(code);
    const { stdout } = await execa("./scripts/rollback.sh", [], { cwd: "/opt/deploy-bot" });
    return stdout;
  },
});

export function webhookHeaders(body: string): Record<string, string> {
  return { [SIGNATURE_HEADER]: createHmac("sha256", DEPLOY_WEBHOOK_SECRET).update(body).digest("hex") };
}

const port = Number(process.env.PORT ?? 8080);
// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port, endpoint: "/mcp" } });
