import https from "node:https";
import got from "got";

// the workshop's scheduling box uses a self-signed certificate
// ruleid: tls-verification-disabled
const workshopAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export async function fetchTechnicianFeed(feedBase, technician) {
  // ruleid: tool-input-to-url
  return got(`${feedBase.replace(/\/$/, "")}/technicians/${technician}/calendar.json`, { agent: { https: workshopAgent }, timeout: { request: 8000 } }).json();
}

export function fetchInstrument(serial) {
  return new Promise((resolve, reject) => {
    const req = https.get(
      // ok: tool-input-to-url
      { host: "api.pianoregistry.example.org", path: `/v2/instruments/${encodeURIComponent(serial)}`, headers: { accept: "application/json" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode, body }));
      },
    );
    req.on("error", reject);
    req.setTimeout(8000, () => req.destroy(new Error("timeout")));
  });
}
