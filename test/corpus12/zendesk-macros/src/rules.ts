import vm from "node:vm";
import type { Ticket } from "./zendesk.js";

export const CHECKS: Record<string, string> = {
  overdue: "ticket.due_at !== null && Date.parse(ticket.due_at) < Date.now()",
  vip: "ticket.tags.includes('vip')",
  unassigned: "ticket.assignee_id === null",
};

const SCORING_SOURCE = `
  let s = ticket.priority === 'urgent' ? 50 : ticket.priority === 'high' ? 30 : 10;
  if (ticket.tags.includes('vip')) s += 25;
  return s + Math.min(25, ticket.comment_count * 2);
`;

export function evaluateCondition(condition: string, ticket: Ticket): boolean {
  const sandbox = { ticket: structuredClone(ticket) };
  // ruleid: tool-input-to-eval
  return Boolean(vm.runInNewContext(condition, sandbox, { timeout: 50 }));
}

export function runNamedCheck(name: string, ticket: Ticket): boolean {
  const allowed = Object.keys(CHECKS);
  if (!allowed.includes(name)) throw new Error(`unknown check ${name}`);
  // ok: tool-input-to-eval
  return Boolean(vm.runInNewContext(CHECKS[name], { ticket }, { timeout: 50 }));
}

export function scoreTicket(ticket: Ticket): number {
  // ok: tool-input-to-eval
  const scorer = new Function("ticket", SCORING_SOURCE);
  return Number(scorer(ticket));
}
