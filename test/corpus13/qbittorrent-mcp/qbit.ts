const WEBUI = process.env.QBIT_URL ?? "http://127.0.0.1:8080";

export class QbitClient {
  private cookie = "";

  constructor(private readonly base: string = WEBUI) {}

  async login(): Promise<void> {
    const body = new URLSearchParams({
      username: process.env.QBIT_USER ?? "admin",
      password: process.env.QBIT_PASS ?? "",
    });
    const res = await fetch(`${this.base}/api/v2/auth/login`, { method: "POST", body });
    this.cookie = res.headers.get("set-cookie") ?? "";
  }

  async get(path: string, query: Record<string, string> = {}): Promise<any> {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${this.base}/api/v2/${path}?${qs}`, { headers: { cookie: this.cookie } });
    return res.json();
  }

  async post(path: string, form: Record<string, string>): Promise<string> {
    const res = await fetch(`${this.base}/api/v2/${path}`, {
      method: "POST",
      headers: { cookie: this.cookie },
      body: new URLSearchParams(form),
    });
    return res.text();
  }
}

/** Fetch a .torrent file so it can be inspected before it is added. */
export async function fetchTorrentFile(url: string): Promise<ArrayBuffer> {
  // ruleid: tool-input-to-url
  const res = await fetch(url, { redirect: "follow" });
  return res.arrayBuffer();
}
