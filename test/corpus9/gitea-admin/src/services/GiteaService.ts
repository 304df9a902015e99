export class GiteaService {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private headers() {
    return { Authorization: `token ${this.token}`, Accept: "application/json" };
  }

  async getRepo(owner: string, repo: string) {
    const url = `${this.baseUrl}/api/v1/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    // ok: tool-input-to-url
    const res = await fetch(url, { headers: this.headers() });
    if (!res.ok) throw new Error(`gitea returned ${res.status}`);
    return res.json();
  }

  async mirrorStatus(mirrorUrl: string): Promise<string> {
    const probe = new URL("/info/refs?service=git-upload-pack", mirrorUrl);
    // ruleid: tool-input-to-url
    const res = await fetch(probe, { method: "GET", redirect: "follow" });
    return `${res.status} ${res.statusText}`;
  }

  async listUsers() {
    const res = await fetch(`${this.baseUrl}/api/v1/admin/users?limit=50`, { headers: this.headers() });
    return res.json();
  }
}
