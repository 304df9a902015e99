export class FleetApi {
  constructor(private readonly base: string) {}

  async dispatch(robot: string, station: string) {
    // ok: tool-input-to-url
    const res = await fetch(`${this.base}/api/v2/robots/${encodeURIComponent(robot)}/missions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ goal: station }),
    });
    if (!res.ok) throw new Error(`fleet manager answered ${res.status}`);
    return res.json();
  }

  async logs(robot: string, since?: string): Promise<string> {
    const host = robot.includes(".") ? robot : `${robot}.robots.warehouse.lan`;
    const url = `http://${host}:9090/logs${since ? `?since=${since}` : ""}`;
    // ruleid: tool-input-to-url
    const res = await fetch(url);
    return res.text();
  }
}
