const { exec, execFile } = require("child_process");
const util = require("util");

const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);

const PRESETS = {
  podcast_voice: ["highpass", "80", "compand", "0.3,1", "6:-70,-60,-20", "-5", "-90", "0.2", "norm", "-1"],
  telephone: ["sinc", "300-3400", "norm", "-3"],
  warm: ["bass", "+3", "treble", "-2"],
};

function buildConcat(inputs, output) {
  return ["sox", ...inputs, output].join(" ");
}

async function concat(inputs, output) {
  const cmd = buildConcat(inputs, output);
  // ruleid: tool-input-to-shell
  const { stderr } = await execP(cmd);
  return stderr;
}

async function stats(input) {
  // ok: tool-input-to-shell
  const { stderr } = await execFileP("sox", [input, "-n", "stat"]);
  return stderr;
}

module.exports = { PRESETS, concat, stats };
