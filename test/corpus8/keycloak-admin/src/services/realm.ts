import { adminGet, adminPut } from "./http.js";

export class RealmService {
  constructor(private readonly base: string, private readonly callerAuth?: string) {}

  private headers(): Record<string, string> {
    // ruleid: token-passthrough
    return { Authorization: this.callerAuth ?? "", Accept: "application/json" };
  }

  async users(realm: string, search?: string) {
    const q = new URLSearchParams({ max: "50" });
    if (search) q.set("search", search);
    // ok: tool-input-to-url
    return adminGet(`${this.base}/admin/realms/${realm}/users?${q}`, this.headers());
  }

  async setEnabled(realm: string, userId: string, enabled: boolean) {
    return adminPut(`${this.base}/admin/realms/${realm}/users/${userId}`, { enabled }, this.headers());
  }

  async events(realm: string, max: number) {
    return adminGet(`${this.base}/admin/realms/${realm}/events?max=${max}`, this.headers());
  }

  async discovery(issuer: string) {
    const url = issuer.replace(/\/$/, "") + "/.well-known/openid-configuration";
    return adminGet(url, {});
  }
}
