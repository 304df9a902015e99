import path from "node:path";

const EXPORT_DIR = process.env.PAYOUT_EXPORT_DIR ?? "/var/gig/exports";

export function payoutCsvPath(batch) {
  return path.join(EXPORT_DIR, `${batch}.csv`);
}

export function courierCommand(workerId, message) {
  return ["courier", "send", "--to", `worker:${workerId}`, "--body", `"${message}"`].join(" ");
}
