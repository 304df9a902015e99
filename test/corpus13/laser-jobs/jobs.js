"use strict";

const path = require("path");
const fs = require("fs");
const cp = require("child_process");
const { promisify } = require("util");

const execFileAsync = promisify(cp.execFile);
const sh = promisify(cp.exec);
const LIB_ROOT = path.resolve(process.env.LASER_LIBRARIES || "/home/laser/libraries");

function libraryFile(name) {
  const full = path.resolve(LIB_ROOT, name);
  if (!full.startsWith(LIB_ROOT + path.sep)) throw new Error("library outside the library folder");
  return full;
}

function materialSettings(library, material) {
  // ok: tool-input-to-path
  const xml = fs.readFileSync(libraryFile(library) + ".clb", "utf8");
  const block = xml.split("<Material ").find((b) => b.includes(`name="${material}"`));
  return block ? block.slice(0, 1500) : `no ${material} in ${library}`;
}

async function startJob({ jobName, operator, pin }) {
  // ruleid: sensitive-data-logged
  console.error(`start_job by ${operator} with pin ${pin}`);
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("/opt/lightburn/run-job.sh", ["--start"], { env: { ...process.env, LB_JOB_NAME: jobName, LB_OPERATOR: operator } });
  return stdout;
}

async function frame(jobName) {
  // ruleid: tool-input-to-shell
  const { stdout } = await sh("/opt/lightburn/run-job.sh --frame " + jobName);
  return stdout;
}

module.exports = { materialSettings, startJob, frame };
