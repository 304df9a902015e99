'use strict';
// Host inventory: reads hosts.yaml and validates names against it.
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const INVENTORY_FILE = process.env.SSH_INVENTORY || path.join(__dirname, '..', 'hosts.yaml');

function loadInventory() {
  const text = fs.readFileSync(INVENTORY_FILE, 'utf8');
  const doc = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) || {};
  return Object.entries(doc.hosts || {}).map(([name, h]) => ({ name, address: h.address, user: h.user || 'ops', port: Number(h.port || 22) }));
}

function requireHost(name) {
  const host = loadInventory().find((h) => h.name === name);
  if (!host) throw new Error(`unknown host: ${name}`);
  return host;
}

module.exports = { loadInventory, requireHost, INVENTORY_FILE };
