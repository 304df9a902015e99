const { exec, execFile } = require("node:child_process");
const { promisify } = require("node:util");
const crypto = require("node:crypto");
const path = require("node:path");

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const UNITY = process.env.UNITY_PATH || "/opt/unity/Editor/Unity";
const PROJECTS = process.env.PROJECTS_DIR || "/builds/projects";

async function buildPlayer({ project, target, development }) {
  const projectPath = path.join(PROJECTS, project);
  const args = ["-batchmode", "-quit", "-nographics", "-projectPath", projectPath, "-buildTarget", target, "-executeMethod", "BuildScripts.CI.Build", "-logFile", "-"];
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync(UNITY, args, { env: { ...process.env, DEV_BUILD: development ? "1" : "0" }, maxBuffer: 64 << 20 });
  return stdout.split("\n").filter((l) => l.includes("Build")).slice(-20).join("\n");
}

async function runMethod(project, method, extraArgs) {
  const projectPath = path.join(PROJECTS, project);
  const line = [UNITY, "-batchmode", "-quit", "-projectPath", projectPath, "-executeMethod", method, extraArgs, "-logFile -"].join(" ");
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(line, { maxBuffer: 64 << 20 });
  return stdout.slice(-8000);
}

function uploadToken() {
  // ok: insecure-randomness
  return crypto.randomBytes(24).toString("base64url");
}

function legacyUploadToken() {
  // ruleid: insecure-randomness
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

module.exports = { buildPlayer, runMethod, uploadToken, legacyUploadToken };
