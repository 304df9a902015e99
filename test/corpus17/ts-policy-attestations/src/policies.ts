import vm from "node:vm";
import { z } from "zod";

export const POLICIES = ["acceptable-use", "data-handling", "remote-work", "incident-response", "byod"] as const;

/** Completion rules per policy; the expressions are ours, the values come from the attestation record. */
const COMPLETION_RULES: Record<string, string> = {
  "acceptable-use": "signed && quizScore >= 80",
  "data-handling": "signed && trainingDone",
  "remote-work": "signed",
  "incident-response": "signed && quizScore >= 90 && trainingDone",
  byod: "signed && deviceEnrolled",
};

export const AttestationRecord = z.object({
  signed: z.boolean(),
  quizScore: z.number().min(0).max(100).default(0),
  trainingDone: z.boolean().default(false),
  deviceEnrolled: z.boolean().default(false),
});
export type AttestationRecord = z.infer<typeof AttestationRecord>;

export function isComplete(policy: string, record: AttestationRecord): boolean {
  const rule = COMPLETION_RULES[policy];
  if (!rule) throw new Error(`unknown policy ${policy}`);
  // ok: tool-input-to-eval
  return Boolean(vm.runInNewContext(rule, { ...record }, { timeout: 20 }));
}

const scoreFn = new Function("answers", "key", "return answers.filter((a, i) => a === key[i]).length / key.length * 100;") as (answers: string[], key: string[]) => number;

export function quizScore(answers: string[], key: string[]): number {
  // ok: tool-input-to-eval
  return Math.round(scoreFn(answers, key));
}

export function customReminderText(template: string, name: string, policy: string): string {
  // ruleid: tool-input-to-eval
  return vm.runInNewContext("`" + template + "`", { name, policy });
}

const REMINDER_TEMPLATES: Record<string, (name: string, policy: string) => string> = {
  polite: (n, p) => `Hi ${n}, please review and sign the ${p} policy this week.`,
  final: (n, p) => `${n}: the ${p} attestation is overdue and access will be reviewed on Friday.`,
};

export function reminderText(style: string, name: string, policy: string): string {
  if (!Object.hasOwn(REMINDER_TEMPLATES, style)) throw new Error("unknown style");
  // ok: tool-input-to-eval
  return REMINDER_TEMPLATES[style](name, policy);
}
