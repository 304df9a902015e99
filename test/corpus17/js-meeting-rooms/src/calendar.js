import http from "node:http";
import https from "node:https";

const FEED_HOSTS = new Set(["calendar.example.com", "outlook.office365.com"]);

export function fetchIcs(feedUrl) {
  const url = new URL(feedUrl);
  if (!FEED_HOSTS.has(url.hostname) || url.protocol !== "https:") {
    return Promise.reject(new Error("calendar feed host not allowed"));
  }
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-url
    https.get(url, (res) => { let body = ""; res.on("data", (c) => (body += c)); res.on("end", () => resolve(body)); }).on("error", reject);
  });
}

export function pingDisplay(displayIp) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    http.get(`http://${displayIp}:8080/status`, (res) => { res.resume(); resolve(res.statusCode); }).on("error", reject);
  });
}
