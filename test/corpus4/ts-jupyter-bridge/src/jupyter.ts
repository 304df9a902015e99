// Jupyter Server REST client (contents + kernels API).
import https from "node:https";
import axios, { type AxiosInstance } from "axios";

export const JUPYTER_URL = process.env.JUPYTER_URL ?? "https://jupyter.lab.example.com:8888";
// ruleid: hardcoded-secret
export const JUPYTER_TOKEN = "6c1f9a0b7e2d4c83a95f10b2d7e64c3a8f0b1e29d4c7a615";

export function client(): AxiosInstance {
  return axios.create({
    baseURL: JUPYTER_URL,
    headers: { Authorization: `token ${process.env.JUPYTER_TOKEN ?? JUPYTER_TOKEN}` },
    // The lab server uses a self-signed certificate.
    // ruleid: tls-verification-disabled
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });
}

export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  outputs?: unknown[];
}

export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}
