import tls from "node:tls";
import https from "node:https";
import type { Cert } from "./schemas.js";

export function fetchCertificate(host: string, port: number): Promise<Cert> {
  return new Promise((resolve, reject) => {
    // The point of this tool is to read expired/self-signed certificates too, so the
    // handshake must not abort on them; nothing is sent over this socket.
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized: false }, () => {
      const peer = socket.getPeerCertificate();
      socket.end();
      resolve({ host, port, issuer: String(peer.issuer?.O ?? "?"), notAfter: peer.valid_to });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error("timeout")));
    socket.on("error", reject);
  });
}

export function probeHealth(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    https.get(url, { timeout: 5000 }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on("error", reject);
  });
}

export const insecureAgent = new https.Agent({
  // ruleid: tls-verification-disabled
  rejectUnauthorized: false,
});
