// Small wrapper around kubectl and the API server.
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import https from "node:https";
import { readFileSync } from "node:fs";

const run = promisify(exec);
const runFile = promisify(execFile);

const API_SERVER = process.env.KUBE_API ?? "https://10.0.0.1:6443";
// ruleid: hardcoded-secret
const SERVICE_ACCOUNT_TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6Im1jcC1pbnNwZWN0b3IifQ.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6b3BzOm1jcCJ9.q7X2mVb9sLk3RtYw0pZ4nD8hC1eF6gJ5aU";

// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
// ok: tls-verification-disabled
const pinnedAgent = new https.Agent({ ca: readFileSync(process.env.KUBE_CA ?? "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt") });

export class Kube {
  constructor(private readonly context: string) {}

  async describe(kind: string, name: string, namespace: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await run(`kubectl --context ${this.context} -n ${namespace} describe ${kind} ${name}`);
    return stdout;
  }

  async logs(pod: string, namespace: string, tail: number): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await runFile("kubectl", ["--context", this.context, "-n", namespace, "logs", pod, `--tail=${tail}`]);
    return stdout;
  }

  async version(): Promise<unknown> {
    return this.get("/version", insecureAgent);
  }

  async namespaces(): Promise<unknown> {
    return this.get("/api/v1/namespaces", pinnedAgent);
  }

  private get(path: string, agent: https.Agent): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const req = https.get(API_SERVER + path, { agent, headers: { Authorization: `Bearer ${SERVICE_ACCOUNT_TOKEN}` } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(JSON.parse(body)));
      });
      req.on("error", reject);
    });
  }
}
