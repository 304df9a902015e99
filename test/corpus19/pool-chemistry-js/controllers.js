const axios = require("axios");
const got = require("got");
const http = require("http");
const https = require("https");

// Dosing controllers on the plant network use self-signed certificates.
// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

const CONTROLLERS = {
  "main-pool": "10.20.0.11",
  "kids-pool": "10.20.0.12",
  "spa": "10.20.0.13",
};

const LAB_API = "https://lab.poolcare.example/api/v1";

async function readProbe(pool, probe) {
  const ip = CONTROLLERS[pool];
  if (!ip) throw new Error(`unknown pool ${pool}`);
  // ok: tool-input-to-url
  const { data } = await axios.get(`https://${ip}/probes/${encodeURIComponent(probe)}`, { httpsAgent: insecureAgent, timeout: 5000 });
  return data;
}

async function fetchLabReport(reportUrl) {
  // ruleid: tool-input-to-url
  const body = await got(reportUrl, { timeout: { request: 10000 } }).text();
  return body;
}

async function labSample(sampleId) {
  // ok: tool-input-to-url
  return got(`${LAB_API}/samples/${encodeURIComponent(sampleId)}`).json();
}

function controllerStatus(host) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    http.get({ host, port: 8080, path: "/status" }, (res) => {
      let buf = "";
      res.on("data", (c) => (buf += c));
      res.on("end", () => resolve(buf));
    }).on("error", reject);
  });
}

module.exports = { readProbe, fetchLabReport, labSample, controllerStatus, CONTROLLERS };
