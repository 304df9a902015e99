const axios = require("axios");

const FLOWER = process.env.FLOWER_URL || "http://flower.internal:5555";
const FLOWER_AUTH = { username: "ops", password: process.env.FLOWER_PASSWORD };

async function taskInfo(taskId) {
  // ok: tool-input-to-url
  const { data } = await axios.get(`${FLOWER}/api/task/info/${encodeURIComponent(taskId)}`, { auth: FLOWER_AUTH });
  return data;
}

async function poolStats(worker, flowerUrl) {
  const base = flowerUrl || FLOWER;
  // ruleid: sensitive-data-logged
  console.error("flower request", base, "auth", FLOWER_AUTH);
  // ruleid: tool-input-to-url
  const { data } = await axios.get(base + "/api/workers?workername=" + encodeURIComponent(worker), { auth: FLOWER_AUTH });
  return data[worker] && data[worker].stats.pool;
}

module.exports = { taskInfo, poolStats };
