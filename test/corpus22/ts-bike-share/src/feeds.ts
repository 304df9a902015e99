import axios from "axios";
import got from "got";
import { assertPartnerUrl, looksLikePartner } from "./util/net.js";

const OPERATOR_API = "https://api.dockops.example/v2";

export async function fetchDockFeed(feedUrl: string) {
  if (!looksLikePartner(feedUrl)) throw new Error("not a partner feed");
  // ruleid: tool-input-to-url
  const res = await axios.get(feedUrl, { timeout: 5000 });
  return res.data;
}

export async function fetchPartnerFeed(raw: string) {
  const url = await assertPartnerUrl(raw);
  // ok: tool-input-to-url
  const res = await fetch(url, { redirect: "error" });
  return res.json();
}

export async function fetchOperatorApi(stationId: string) {
  // ok: tool-input-to-url
  const res = await fetch(`${OPERATOR_API}/stations/${encodeURIComponent(stationId)}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`operator API returned ${res.status}`);
  return res.json();
}

export async function proxyStatus(opts: { controller: string; path: string }) {
  const base = { scheme: "http", port: 8080 };
  const cfg = { ...base, ...opts };
  // ruleid: tool-input-to-url
  return got(`${cfg.scheme}://${cfg.controller}:${cfg.port}${cfg.path}`).text();
}
