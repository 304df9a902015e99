import https from "node:https";
import axios from "axios";

// ruleid: hardcoded-secret
const SENSORHUB_API_KEY = "shk_live_7d41c0a9f2be4e5c8a13b6f09d2e77aa";

// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

export const hub = axios.create({
  baseURL: "https://hub.coldtrack.example.io/api/v2",
  headers: { "x-api-key": SENSORHUB_API_KEY },
  httpsAgent: insecureAgent,
  timeout: 10_000,
});

// ok: hardcoded-secret
const reeferApiKey = process.env.REEFER_API_KEY ?? "";

export const reefers = axios.create({
  baseURL: "https://reefer.telematics.example.com/v1",
  headers: { authorization: `Bearer ${reeferApiKey}` },
});

export interface Reading {
  sensor: string;
  at: string;
  tempC: number;
  humidity: number;
  door: boolean;
}

export async function readings(sensor: string, hours: number): Promise<Reading[]> {
  const { data } = await hub.get(`/sensors/${encodeURIComponent(sensor)}/readings`, { params: { hours } });
  return data.items as Reading[];
}
