// Hand-written type guards for the tool arguments (the project predates zod here).

export interface QueueArgs {
  printer: string;
  limit?: number;
}

export interface JobArgs {
  printer: string;
  jobId: number;
}

export interface ConfigArgs {
  printer: string;
  option: string;
  value: string;
}

const PRINTER_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function isQueueArgs(a: unknown): a is QueueArgs {
  return typeof a === "object" && a !== null && typeof (a as QueueArgs).printer === "string";
}

export function isValidJobArgs(a: unknown): a is JobArgs {
  if (typeof a !== "object" || a === null) return false;
  const { printer, jobId } = a as JobArgs;
  return typeof printer === "string" && PRINTER_RE.test(printer) && Number.isInteger(jobId) && jobId > 0;
}

export function isConfigArgs(a: unknown): a is ConfigArgs {
  if (typeof a !== "object" || a === null) return false;
  const c = a as ConfigArgs;
  return typeof c.printer === "string" && typeof c.option === "string" && typeof c.value === "string";
}

// Looks like a check, but the pattern is not anchored: "lp1; rm -rf ~" passes.
export const LOOSE_PRINTER_RE = /[A-Za-z0-9_-]+/;
