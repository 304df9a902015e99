import https from "node:https";

// ruleid: hardcoded-secret
const SERVICE_ACCOUNT_TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IlN2bTZ1dGVhbSJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50Om1vbml0b3Jpbmc6bWNwIn0.c2lnbmF0dXJlLW5vdC1yZWFsLWJ1dC1sb25nLWVub3VnaC10by1sb29rLXJlYWw";

const API_SERVER = process.env.K8S_API ?? "https://10.0.0.1:6443";

// ruleid: tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export class ClusterApi {
  nodeMetrics(): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        `${API_SERVER}/apis/metrics.k8s.io/v1beta1/nodes`,
        { agent, headers: { Authorization: `Bearer ${SERVICE_ACCOUNT_TOKEN}` } },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => {
            try {
              resolve(JSON.parse(body));
            } catch {
              reject(new Error("bad metrics response"));
            }
          });
        },
      );
      req.on("error", reject);
      req.end();
    });
  }
}
