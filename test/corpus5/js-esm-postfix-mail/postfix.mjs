// Postfix queue and mailbox helpers.
import { execSync, spawn } from "node:child_process";
import nodemailer from "nodemailer";
import pino from "pino";

export const log = pino({ level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));

const SMTP_USER = "postmaster@mail.example.net";
// ruleid: hardcoded-secret
const SMTP_PASSWORD = "q7Vb!2zRk9mWx4Lp";

export const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? "mail.example.net",
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: SMTP_USER, pass: SMTP_PASSWORD },
});

export function queueSummary() {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("postqueue", ["-j"]);
    const lines = [];
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => lines.push(...d.split("\n").filter(Boolean)));
    child.on("error", reject);
    child.on("close", () => resolve(lines.map((l) => JSON.parse(l))));
  });
}

export function deleteQueued(queueId) {
  // ruleid: tool-input-to-shell
  return execSync("postsuper -d " + queueId, { encoding: "utf8" });
}

export function requeueAll() {
  return execSync("postsuper -r ALL", { encoding: "utf8" });
}

export async function sendTest(to, smtpUser, smtpPass) {
  // ruleid: sensitive-data-logged
  log.info({ to, smtpUser, smtpPass }, "sending test mail with custom credentials");
  const t = nodemailer.createTransport({ host: "mail.example.net", port: 587, requireTLS: true, auth: { user: smtpUser, pass: smtpPass } });
  return t.sendMail({ from: smtpUser, to, subject: "Postfix MCP test", text: "It works." });
}
