// Helm CLI wrappers.
import { exec as execCb } from "node:child_process";
import util from "node:util";
import { execa } from "execa";
import { stringify } from "yaml";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

const sh = util.promisify(execCb);
const KUBE_CONTEXT = process.env.HELM_KUBE_CONTEXT ?? "staging";

export interface Release {
  name: string;
  namespace: string;
  revision: string;
  status: string;
  chart: string;
}

export async function listReleases(namespace: string): Promise<Release[]> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("helm", ["list", "--kube-context", KUBE_CONTEXT, "-n", namespace, "-o", "json"]);
  return JSON.parse(stdout) as Release[];
}

export async function upgrade(release: string, chart: string, namespace: string, values: Record<string, unknown>): Promise<string> {
  const valuesFile = join(tmpdir(), `values-${randomUUID()}.yaml`);
  await writeFile(valuesFile, stringify(values), "utf8");
  const cmd = ["helm upgrade --install", release, chart, "-n", namespace, "-f", valuesFile, "--kube-context", KUBE_CONTEXT, "--wait"].join(" ");
  // ruleid: tool-input-to-shell
  const { stdout } = await sh(cmd, { timeout: 300_000 });
  return stdout;
}

export async function uninstall(release: string, namespace: string): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("helm", ["uninstall", release, "-n", namespace, "--kube-context", KUBE_CONTEXT]);
  return stdout;
}

export async function history(release: string, namespace: string): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("helm", ["history", release, "-n", namespace, "--max", "10", "--kube-context", KUBE_CONTEXT]);
  return stdout;
}
