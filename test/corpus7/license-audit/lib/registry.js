"use strict";
const got = require("got");

const REGISTRY = "https://registry.npmjs.org";

async function packageLicense(name, version) {
  const url = `${REGISTRY}/${encodeURIComponent(name)}/${encodeURIComponent(version || "latest")}`;
  // ok: tool-input-to-url
  const meta = await got(url, { timeout: { request: 10_000 } }).json();
  return { name: meta.name, version: meta.version, license: meta.license || "UNKNOWN" };
}

module.exports = { packageLicense };
