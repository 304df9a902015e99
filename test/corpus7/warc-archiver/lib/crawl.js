"use strict";
const { exec, execFile } = require("child_process");
const https = require("https");
const path = require("path");

const WARC_DIR = process.env.WARC_DIR || "/data/warc";

function wgetMirror(url, collection, depth) {
  return new Promise((resolve, reject) => {
    const cmd = "wget --mirror --level=" + depth + " --warc-file=" + path.join(WARC_DIR, collection) + " --no-parent " + url;
    // ruleid: tool-input-to-shell
    exec(cmd, { cwd: WARC_DIR, timeout: 3600 * 1000 }, (err, stdout, stderr) => (err ? reject(err) : resolve(stderr.split("\n").slice(-20).join("\n"))));
  });
}

function wgetSingle(url, name) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("wget", ["--page-requisites", "--warc-file", path.join(WARC_DIR, name), "--", url], { cwd: WARC_DIR }, (err, _out, stderr) => (err ? reject(err) : resolve(stderr)));
  });
}

function fetchRobots(site) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    https.get(`${site}/robots.txt`, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve(body));
    }).on("error", reject);
  });
}

module.exports = { wgetMirror, wgetSingle, fetchRobots, WARC_DIR };
