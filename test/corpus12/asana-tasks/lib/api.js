"use strict";

const API = "https://app.asana.com/api/1.0";
// ruleid: hardcoded-secret
const ASANA_PAT = process.env.ASANA_PAT || "2/1203948572611/1207795102334:9c1f3e77b0a24d6e8f51a2c39b07d4e1";

async function asanaGet(path, query = {}) {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${API}${path}${qs ? `?${qs}` : ""}`, { headers: { Authorization: `Bearer ${ASANA_PAT}` } });
  if (!res.ok) throw new Error(`Asana ${res.status}`);
  const body = await res.json();
  return body.data;
}

async function asanaPost(path, data, method = "POST") {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${ASANA_PAT}`, "Content-Type": "application/json" },
    body: JSON.stringify({ data }),
  });
  if (!res.ok) throw new Error(`Asana ${res.status}`);
  return (await res.json()).data;
}

module.exports = { asanaGet, asanaPost };
