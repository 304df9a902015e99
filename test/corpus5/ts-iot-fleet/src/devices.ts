// Client for the fleet controller's REST API (self-hosted, internal CA).
import https from "node:https";
import axios from "axios";
import { readFileSync } from "node:fs";

export interface Device {
  id: string;
  model: string;
  firmware: string;
  online: boolean;
  lastSeen: string;
}

const CONTROLLER = process.env.FLEET_CONTROLLER_URL ?? "https://fleet-controller.plant.local:8443";

// The controller ships with a self-signed certificate; skip the check until IT issues a real one.
// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export const controller = axios.create({
  baseURL: CONTROLLER,
  httpsAgent: insecureAgent,
  timeout: 8000,
  headers: { "X-Api-Key": process.env.FLEET_API_KEY ?? "" },
});

// The metrics gateway is reached with the plant CA bundle.
// ok: tls-verification-disabled
const caAgent = new https.Agent({ ca: readFileSync(process.env.PLANT_CA_BUNDLE ?? "/etc/ssl/plant-ca.pem"), keepAlive: true });

export const metrics = axios.create({ baseURL: "https://metrics.plant.local", httpsAgent: caAgent });

export async function listDevices(site: string): Promise<Device[]> {
  const { data } = await controller.get<Device[]>("/api/v2/devices", { params: { site } });
  return data;
}
