// In-memory job registry with persistence to a JSON file.
const fs = require("node:fs");
const vm = require("node:vm");
const crypto = require("node:crypto");
const serialize = require("node-serialize");
const cronParser = require("cron-parser");

const STATE_FILE = process.env.SCHEDULER_STATE || "./scheduler-state.json";
const jobs = new Map();

function load() {
  if (!fs.existsSync(STATE_FILE)) return;
  for (const job of JSON.parse(fs.readFileSync(STATE_FILE, "utf8"))) jobs.set(job.id, job);
}

function persist() {
  fs.writeFileSync(STATE_FILE, JSON.stringify([...jobs.values()], null, 2));
}

function nextRuns(cron, count) {
  // ok: tool-input-to-eval
  const it = cronParser.parseExpression(cron, { tz: "UTC" });
  return Array.from({ length: count }, () => it.next().toISOString());
}

function addJob(name, cron, script) {
  nextRuns(cron, 1);
  // ok: insecure-randomness
  const id = crypto.randomUUID();
  // Webhook secret the job runner uses to call back into the scheduler.
  // ruleid: insecure-randomness
  const callbackSecret = Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2);
  const job = { id, name, cron, script, callbackSecret, createdAt: new Date().toISOString() };
  jobs.set(id, job);
  persist();
  return job;
}

function runNow(id) {
  const job = jobs.get(id);
  if (!job) throw new Error(`no job ${id}`);
  const started = Date.now();
  // ruleid: tool-input-to-eval
  const result = vm.runInThisContext(job.script, { filename: `job-${id}.js`, timeout: 10_000 });
  return { result: String(result), ms: Date.now() - started };
}

function importJobs(blob) {
  // Export format of scheduler v1 (node-serialize, functions included).
  // ruleid: unsafe-deserialization
  const imported = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
  let n = 0;
  for (const job of Object.values(imported)) {
    jobs.set(job.id, job);
    n++;
  }
  persist();
  return n;
}

module.exports = { load, addJob, runNow, nextRuns, importJobs, jobs };
