import https from "node:https";

const HOST = process.env.PVE_HOST ?? "pve01.lab.local";
const TOKEN_ID = process.env.PVE_TOKEN_ID;
const TOKEN_SECRET = process.env.PVE_TOKEN_SECRET;

// Proxmox ships a self-signed certificate by default.
// ruleid: tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export function pve(method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? new URLSearchParams(body).toString() : undefined;
    const req = https.request(
      {
        host: HOST,
        port: 8006,
        method,
        path: `/api2/json${path}`,
        agent,
        headers: {
          Authorization: `PVEAPIToken=${TOKEN_ID}=${TOKEN_SECRET}`,
          ...(payload ? { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        let data = "";
        res.on("data", (c) => (data += c));
        res.on("end", () => {
          if (res.statusCode >= 400) return reject(new Error(`PVE ${res.statusCode}: ${data}`));
          resolve(JSON.parse(data).data);
        });
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}
