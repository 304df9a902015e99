"use strict";
const axios = require("axios");

const SITE = process.env.ZULIP_SITE || "https://zulip.example.com";

const client = axios.create({
  baseURL: `${SITE}/api/v1`,
  // ok: hardcoded-secret
  auth: { username: process.env.ZULIP_BOT_EMAIL, password: process.env.ZULIP_BOT_API_KEY },
  timeout: 15000,
});

async function get(path) {
  const res = await client.get(path);
  if (res.data.result !== "success") throw new Error(res.data.msg);
  return res.data;
}

async function post(path, fields) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.append(k, String(v));
  const res = await client.post(path, body);
  if (res.data.result !== "success") throw new Error(res.data.msg);
  return res.data;
}

module.exports = { SITE, get, post };
