"use strict";

const fs = require("fs");
const path = require("path");

const TFTP_ROOT = path.resolve(process.env.TFTP_ROOT || "/srv/tftp");
const MODELS = { "yealink-t54w": "y000000000096.cfg", "polycom-vvx450": "0004f2.cfg", "grandstream-grp2614": "cfg.xml" };

function templateFor(model) {
  const file = MODELS[model];
  if (!file) throw new Error("unknown phone model " + model);
  // ok: tool-input-to-path
  return fs.readFileSync(path.join(__dirname, "..", "templates", file), "utf8");
}

function writeConfig(mac, body) {
  const name = mac.toLowerCase().replace(/:/g, "") + ".cfg";
  // ruleid: tool-input-to-path
  fs.writeFileSync(path.join(TFTP_ROOT, name), body);
  return name;
}

function readConfig(name) {
  const full = path.resolve(TFTP_ROOT, name);
  if (path.relative(TFTP_ROOT, full).startsWith("..")) throw new Error("outside TFTP root");
  // ok: tool-input-to-path
  return fs.readFileSync(full, "utf8");
}

module.exports = { templateFor, writeConfig, readConfig, MODELS };
