const { exec, execFile } = require("child_process");
const util = require("util");
const flower = require("./flower");

const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);
const CELERY_APP = process.env.CELERY_APP || "shopworker.celery";
const QUEUES = ["default", "emails", "reports", "thumbnails"];

async function inspectActive({ worker }) {
  const dest = worker ? ["-d", worker] : [];
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("celery", ["-A", CELERY_APP, "inspect", "active", "--json", ...dest]);
  return stdout;
}

async function purgeQueue({ queue }) {
  if (!QUEUES.includes(queue)) throw new Error("unknown queue " + queue);
  // ok: tool-input-to-shell
  const { stdout } = await execP(`celery -A ${CELERY_APP} purge -f -Q ${queue}`);
  return stdout;
}

async function callTask({ task, args, countdown }) {
  const argJson = JSON.stringify(args || []);
  const cmd = "celery -A " + CELERY_APP + " call " + task + " --args='" + argJson + "'" + (countdown ? " --countdown " + countdown : "");
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(cmd);
  return stdout.trim();
}

async function taskInfo({ taskId }) {
  return flower.taskInfo(taskId);
}

async function workerPool({ worker, flowerUrl }) {
  return flower.poolStats(worker, flowerUrl);
}

module.exports = {
  dispatch: {
    inspect_active: inspectActive,
    purge_queue: purgeQueue,
    call_task: callTask,
    task_info: taskInfo,
    worker_pool: workerPool,
  },
  definitions: [
    { name: "inspect_active", description: "Tasks currently executing", inputSchema: { type: "object", properties: { worker: { type: "string" } } } },
    { name: "purge_queue", description: "Drop all waiting messages of a queue", inputSchema: { type: "object", properties: { queue: { type: "string", enum: QUEUES } }, required: ["queue"] } },
    { name: "call_task", description: "Send a task by name with JSON args", inputSchema: { type: "object", properties: { task: { type: "string" }, args: { type: "array" }, countdown: { type: "integer" } }, required: ["task"] } },
    { name: "task_info", description: "Flower's view of one task", inputSchema: { type: "object", properties: { taskId: { type: "string" } }, required: ["taskId"] } },
    { name: "worker_pool", description: "Pool stats of a worker (optionally from another Flower)", inputSchema: { type: "object", properties: { worker: { type: "string" }, flowerUrl: { type: "string" } }, required: ["worker"] } },
  ],
};
