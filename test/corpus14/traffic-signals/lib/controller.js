"use strict";
const http = require("http");
const shell = require("shelljs");
const { controllerFor } = require("./inventory");

const NTCIP_OIDS = {
  phaseStatus: "1.3.6.1.4.1.1206.4.2.1.1.4.1.4",
  patternStatus: "1.3.6.1.4.1.1206.4.2.1.4.10",
};

function getJson(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { timeout: 5000 }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => {
          try {
            resolve(JSON.parse(body));
          } catch (e) {
            reject(e);
          }
        });
      })
      .on("error", reject);
  });
}

function snmpWalk(host, oid, community = "public") {
  // ruleid: tool-input-to-shell
  const res = shell.exec(`snmpwalk -v2c -c ${community} ${host} ${oid}`, { silent: true });
  if (res.code !== 0) throw new Error(res.stderr);
  return res.stdout;
}

async function statusById(intersection) {
  const { ip } = controllerFor(intersection);
  // ok: tool-input-to-url
  return getJson(`http://${ip}/api/v1/status`);
}

async function statusByAddress(address) {
  const url = "http://" + address + "/api/v1/status";
  // ruleid: tool-input-to-url
  return new Promise((resolve, reject) => http.get(url, (res) => resolve(res.statusCode)).on("error", reject));
}

function phaseStatus(host, community) {
  return snmpWalk(host, NTCIP_OIDS.phaseStatus, community);
}

module.exports = { statusById, statusByAddress, phaseStatus, getJson, controllerFor };
