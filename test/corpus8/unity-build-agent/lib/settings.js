const fs = require("node:fs");
const path = require("node:path");

const PROJECTS = process.env.PROJECTS_DIR || "/builds/projects";
const KNOWN = ["bundleVersion", "companyName", "productName", "applicationIdentifier", "scriptingBackend"];

function settingsFile(project) {
  return path.join(PROJECTS, project, "ProjectSettings", "ci-overrides.json");
}

function write(project, obj) {
  const picked = Object.fromEntries(Object.entries(obj).filter(([k]) => KNOWN.includes(k)));
  fs.writeFileSync(settingsFile(project), JSON.stringify(picked, null, 2));
  return `applied ${Object.keys(picked).join(", ") || "nothing"}`;
}

function applyLiteral(project, literal) {
  // ruleid: tool-input-to-eval
  const obj = new Function(`return (${literal});`)();
  return write(project, obj);
}

function applyJson(project, json) {
  // ok: tool-input-to-eval
  const obj = JSON.parse(json);
  return write(project, obj);
}

module.exports = { applyLiteral, applyJson };
