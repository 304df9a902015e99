const { exec, execFile } = require("child_process");
const util = require("util");
const run = util.promisify(exec);
const runFile = util.promisify(execFile);

const GAUGES = { "low-bridge": "USGS-01646500", "mill-dam": "USGS-01638500" };
const VAN_LOGS = "/var/log/shuttle";

async function gaugeReading(station) {
  const site = GAUGES[station];
  if (!site) throw new Error(`unknown put-in ${station}`);
  // ok: tool-input-to-shell
  const { stdout } = await runFile("gauge-cli", ["--site", site, "--param", "00065"]);
  return stdout.trim();
}

function tailCommand(van, lines) {
  return `tail -n ${lines} ${VAN_LOGS}/${van}.gpx.log | grep -v '^#'`;
}

async function tailVanLog(van, lines) {
  // ruleid: tool-input-to-shell
  const { stdout } = await run(tailCommand(van, lines));
  return stdout;
}

module.exports = { gaugeReading, tailVanLog };
