const path = require("path");

const EXPORT_ROOT = path.resolve(process.env.CHAT_EXPORT_DIR || "./export");

function channelDir(channel) {
  const dir = path.resolve(EXPORT_ROOT, channel);
  const rel = path.relative(EXPORT_ROOT, dir);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`unknown channel ${channel}`);
  }
  return dir;
}

module.exports = { EXPORT_ROOT, channelDir };
