"use strict";
// Intersection controllers (read from the signal shop's asset register, 2024-03).
const CONTROLLERS = Object.freeze({
  "INT-0412": { ip: "10.40.12.21", model: "ASC/3" },
  "INT-0415": { ip: "10.40.12.24", model: "ATC-2070" },
  "INT-0733": { ip: "10.40.33.11", model: "ASC/3" },
  "INT-0918": { ip: "10.40.18.9", model: "Cobalt" },
});

function controllerFor(id) {
  const c = CONTROLLERS[id];
  if (!c) throw new Error(`unknown intersection ${id}`);
  return c;
}

module.exports = { CONTROLLERS, controllerFor };
