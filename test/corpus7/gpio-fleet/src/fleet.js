"use strict";
// Static inventory of the Raspberry Pis in the greenhouse racks.
const FLEET = Object.freeze({
  "rack-a1": { host: "10.40.1.11", agentPort: 8000 },
  "rack-a2": { host: "10.40.1.12", agentPort: 8000 },
  "rack-b1": { host: "10.40.2.11", agentPort: 8000 },
  "pump-house": { host: "10.40.9.2", agentPort: 8080 },
});

function deviceById(id) {
  if (!Object.prototype.hasOwnProperty.call(FLEET, id)) {
    throw new Error(`unknown device ${id}; known: ${Object.keys(FLEET).join(", ")}`);
  }
  return FLEET[id];
}

module.exports = { FLEET, deviceById };
