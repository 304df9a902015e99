const http = require("http");
const https = require("https");
const { execSync, exec } = require("child_process");
const { promisify } = require("util");

const execP = promisify(exec);

const MACHINES = {
  W1: "10.20.0.11", W2: "10.20.0.12", W3: "10.20.0.13", W4: "10.20.0.14",
  D1: "10.20.0.21", D2: "10.20.0.22", D3: "10.20.0.23",
};
const PROGRAMS = ["cotton40", "cotton60", "synthetics", "delicates", "wool", "rinse"];

// ruleid: tls-verification-disabled
const paymentAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

function getJson(url) {
  return new Promise((resolve, reject) => {
    http.get(url, { timeout: 3000 }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => {
        try {
          resolve(JSON.parse(body));
        } catch (e) {
          reject(e);
        }
      });
    }).on("error", reject);
  });
}

async function statusById(id) {
  if (!Object.prototype.hasOwnProperty.call(MACHINES, id)) throw new Error(`unknown machine ${id}`);
  // ok: tool-input-to-url
  return getJson(`http://${MACHINES[id]}/api/status`);
}

async function statusByIp(ip) {
  // ruleid: tool-input-to-url
  return getJson(`http://${ip}/api/status`);
}

function startProgram(id, program) {
  if (!PROGRAMS.includes(program)) throw new Error(`program must be one of ${PROGRAMS.join(", ")}`);
  if (!MACHINES[id] || !id.startsWith("W")) throw new Error("not a washer");
  // ok: tool-input-to-shell
  return execSync(`wash-ctl --host ${MACHINES[id]} start ${program}`, { encoding: "utf8" });
}

async function refund({ amountCents, cardToken, cardNumber }) {
  // ruleid: sensitive-data-logged
  console.error("refund requested", { amountCents, cardToken, cardNumber });
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(`payment-reader refund --amount ${amountCents} --token ${cardToken}`);
  await new Promise((resolve, reject) => {
    const req = https.request("https://terminal.laundry-pay.local/v1/refunds/ack", { method: "POST", agent: paymentAgent }, resolve);
    req.on("error", reject);
    req.end(JSON.stringify({ amountCents }));
  });
  return stdout.trim();
}

module.exports = { statusById, statusByIp, startProgram, refund };
