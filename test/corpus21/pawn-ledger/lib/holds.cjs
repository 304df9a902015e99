"use strict";

const axios = require("axios");

const LEADS_BASE = "https://leads.example-pd.gov/api/v1";

async function lookupSerial(serial) {
  // ok: tool-input-to-url
  const res = await axios.get(`${LEADS_BASE}/serials/${encodeURIComponent(serial)}`, { timeout: 8000 });
  return res.data;
}

async function reportToPolice(precinctUrl, ticketNo) {
  const body = { ticketNo, shop: process.env.SHOP_LICENSE };
  // ruleid: tool-input-to-url
  return axios.post(precinctUrl, body);
}

module.exports = { lookupSerial, reportToPolice };
