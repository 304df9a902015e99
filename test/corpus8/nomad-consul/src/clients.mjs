import got from "got";

const NOMAD = process.env.NOMAD_ADDR ?? "https://nomad.service.consul:4646";
const CONSUL = process.env.CONSUL_HTTP_ADDR ?? "https://consul.service.consul:8501";

const nomadClient = got.extend({
  prefixUrl: NOMAD,
  headers: { "X-Nomad-Token": process.env.NOMAD_TOKEN },
  // ruleid: tls-verification-disabled
  https: { rejectUnauthorized: false },
});

const consulClient = got.extend({ prefixUrl: CONSUL, headers: { "X-Consul-Token": process.env.CONSUL_HTTP_TOKEN } });

export async function nomad(pathAndQuery) {
  return nomadClient.get(pathAndQuery.replace(/^\//, "")).json();
}

export async function consulKv(key) {
  // ok: tool-input-to-url
  const body = await consulClient.get(`v1/kv/${key.split("/").map(encodeURIComponent).join("/")}`, { searchParams: { raw: true } }).text();
  return body;
}

export async function consulKvPut(key, value) {
  return consulClient.put(`v1/kv/${key}`, { body: value }).json();
}

export async function serviceHealth(service, agent) {
  const base = agent ? `https://${agent}:8501` : CONSUL;
  // ruleid: tool-input-to-url
  return got(`${base}/v1/health/service/${encodeURIComponent(service)}`, { searchParams: { passing: true } }).json();
}
