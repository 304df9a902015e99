"use strict";

const http = require("http");
const { execFile } = require("child_process");

const KODI_HOST = process.env.KODI_HOST || "192.168.1.20";
const KODI_PORT = Number(process.env.KODI_PORT || 8080);
const ACTIONS = new Set(["playpause", "stop", "volumeup", "volumedown", "mute"]);

function rpc(options, method, params) {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params || {} });
  return new Promise((resolve, reject) => {
    const req = http.request({ ...options, method: "POST", path: "/jsonrpc", headers: { "content-type": "application/json" } }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(JSON.parse(data).result));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function call(method, params) {
  return rpc({ host: KODI_HOST, port: KODI_PORT }, method, params);
}

function callOn(host, port, method, params) {
  const target = `http://${host}:${port}/jsonrpc`;
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params || {} });
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    const req = http.request(target, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(data));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function sendAction(action) {
  if (!ACTIONS.has(action)) {
    return Promise.reject(new Error("unsupported action"));
  }
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("kodi-send", ["--host", KODI_HOST, "--action", action], (err, stdout) => (err ? reject(err) : resolve(stdout.trim() || "ok")));
  });
}

module.exports = { call, callOn, sendAction };
