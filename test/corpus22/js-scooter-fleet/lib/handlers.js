const { exec, execFile } = require("child_process");
const util = require("util");
const shell = require("shelljs");
const { firmwareCommand } = require("./commands");

const sh = util.promisify(exec);
const execFileP = util.promisify(execFile);
const ZONES = ["centre", "harbour", "university", "stadium"];

const definitions = [
  { name: "lock_scooter", description: "Remotely lock a scooter.", inputSchema: { type: "object", properties: { scooterId: { type: "string" } }, required: ["scooterId"] } },
  { name: "flash_firmware", description: "Push a firmware image to a batch of scooters.", inputSchema: { type: "object", properties: { ids: { type: "array", items: { type: "string" } }, image: { type: "string" } } } },
  { name: "zone_report", description: "Battery report for one operating zone.", inputSchema: { type: "object", properties: { zone: { type: "string", enum: ZONES } }, required: ["zone"] } },
  { name: "tail_telemetry", description: "Last telemetry lines of a scooter.", inputSchema: { type: "object", properties: { scooterId: { type: "string" }, lines: { type: "number" } } } },
  { name: "geofence_check", description: "Check a scooter position against a geofence.", inputSchema: { type: "object", properties: { scooterId: { type: "string" }, fence: { type: "string" } } } },
];

const handlers = {
  async lock_scooter({ scooterId }) {
    // ruleid: tool-input-to-shell
    const { stdout } = await sh(`fleetctl lock ${scooterId}`);
    return stdout;
  },

  async flash_firmware(args) {
    // ruleid: tool-input-to-shell
    const results = await Promise.all(args.ids.map((id) => sh(firmwareCommand(id, args.image))));
    return results.map((r) => r.stdout.trim()).join("\n");
  },

  async zone_report({ zone }) {
    if (!ZONES.includes(zone)) throw new Error("unknown zone");
    // ok: tool-input-to-shell
    const { stdout } = await sh(`fleetctl battery-report --zone ${zone}`);
    return stdout;
  },

  async tail_telemetry({ scooterId, lines = 50 }) {
    const n = Math.min(500, Number(lines) || 50);
    // ruleid: tool-input-to-shell
    const out = shell.exec(`tail -n ${n} /var/lib/fleet/telemetry/${scooterId}.ndjson`, { silent: true });
    return out.stdout;
  },

  async geofence_check({ scooterId, fence }) {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("fleetctl", ["geofence", "check", String(scooterId), "--fence", String(fence)]);
    return stdout;
  },
};

module.exports = { handlers, definitions };
