// User store for chat-rooms (scrypt password hashes in users.json).
const fs = require("node:fs");
const crypto = require("node:crypto");
const path = require("node:path");

const FILE = path.join(__dirname, "users.json");

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, "utf8"));
  } catch {
    return {};
  }
}

function hash(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString("hex");
}

async function check(username, password) {
  const entry = load()[username];
  if (!entry) return false;
  const expected = Buffer.from(entry.hash, "hex");
  const actual = Buffer.from(hash(password, entry.salt), "hex");
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

function add(username, password) {
  const all = load();
  // ok: insecure-randomness
  const salt = crypto.randomBytes(16).toString("hex");
  all[username] = { salt, hash: hash(password, salt) };
  fs.writeFileSync(FILE, JSON.stringify(all, null, 2));
}

module.exports = { check, add };
