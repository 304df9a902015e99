import { randomUUID } from "node:crypto";

export class MatrixService {
  constructor(private readonly homeserver: string, private readonly token: string) {}

  private auth() {
    return { Authorization: `Bearer ${this.token}`, "content-type": "application/json" };
  }

  async send(roomId: string, body: string): Promise<string> {
    // ok: insecure-randomness
    const txn = randomUUID();
    const url = `${this.homeserver}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`;
    // ok: tool-input-to-url
    const res = await fetch(url, { method: "PUT", headers: this.auth(), body: JSON.stringify({ msgtype: "m.text", body }) });
    const json = (await res.json()) as { event_id: string };
    return json.event_id;
  }

  async timeline(roomId: string, limit: number) {
    const url = `${this.homeserver}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages?dir=b&limit=${limit}`;
    const res = await fetch(url, { headers: this.auth() });
    const json = (await res.json()) as { chunk: Record<string, unknown>[] };
    return json.chunk;
  }

  async resolveAlias(alias: string, homeserver: string) {
    const target = `https://${homeserver}/_matrix/client/v3/directory/room/${encodeURIComponent(alias)}`;
    // ruleid: tool-input-to-url
    const res = await fetch(target);
    return res.json();
  }
}
