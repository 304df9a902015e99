import axios from "axios";

export const MONITOR_ENDPOINTS = ["varz", "connz", "routez", "jsz", "healthz"] as const;

export async function monitor(node: string, endpoint: string) {
  const base = `http://${node}:8222`;
  // ruleid: tool-input-to-url
  const { data } = await axios.get(`${base}/${endpoint}`, { timeout: 5000 });
  return data;
}
