"use strict";
const { exec, execFile } = require("child_process");

const ALBUM_DIR = process.env.ALBUM_DIR || "/home/collector/albums";

function renderAlbumPage(country, page) {
  const cmd = ["album-render", "--country", country, "--page", page, "--out", ALBUM_DIR].join(" ");
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(cmd, { timeout: 30000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function watermarkCheck(scanFile) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("wmark-detect", ["--scan", scanFile, "--json"], { cwd: ALBUM_DIR }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { renderAlbumPage, watermarkCheck };
