"use strict";
const axios = require("axios");
const https = require("https");
const { exec } = require("child_process");
const { deviceById } = require("./fleet");

// The agents use self-signed certificates.
// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

const agentClient = axios.create({ timeout: 5000, httpsAgent: insecureAgent });

async function readPin(deviceId, pin) {
  const { host, agentPort } = deviceById(deviceId);
  // ok: tool-input-to-url
  const res = await agentClient.get(`https://${host}:${agentPort}/gpio/${Number(pin)}`);
  return res.data;
}

async function readPinAt(address, pin) {
  // ruleid: tool-input-to-url
  const res = await agentClient.get(`https://${address}/gpio/${pin}`);
  return res.data;
}

function setPinOverSsh(host, pin, level) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`ssh -o BatchMode=yes pi@${host} raspi-gpio set ${pin} op ${level}`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { readPin, readPinAt, setPinOverSsh };
