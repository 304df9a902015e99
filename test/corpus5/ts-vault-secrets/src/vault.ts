// HashiCorp Vault client (KV v2) used by the MCP tools.
import vaultFactory from "node-vault";

export interface VaultOptions {
  endpoint: string;
  token: string;
  mount: string;
  insecure: boolean;
}

export function options(): VaultOptions {
  return {
    endpoint: process.env.VAULT_ADDR ?? "https://vault.service.consul:8200",
    // ok: hardcoded-secret
    token: process.env.VAULT_TOKEN ?? "",
    mount: process.env.VAULT_KV_MOUNT ?? "secret",
    insecure: process.env.VAULT_SKIP_VERIFY === "true",
  };
}

export function makeClient(opts: VaultOptions) {
  return vaultFactory({
    apiVersion: "v1",
    endpoint: opts.endpoint,
    token: opts.token,
    // ruleid: tls-verification-disabled
    requestOptions: { strictSSL: false },
  });
}

export function makeVerifiedClient(opts: VaultOptions, caPem: string) {
  return vaultFactory({
    apiVersion: "v1",
    endpoint: opts.endpoint,
    token: opts.token,
    // ok: tls-verification-disabled
    requestOptions: { ca: caPem, strictSSL: true },
  });
}

export function maskValue(value: string): string {
  if (value.length <= 4) return "****";
  return `${value.slice(0, 2)}…${value.slice(-2)} (${value.length} chars)`;
}
