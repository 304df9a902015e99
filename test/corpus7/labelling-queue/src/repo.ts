import { randomUUID } from "node:crypto";
import { knex, type Task } from "./db.js";

export async function nextTasks(queue: string, count: number): Promise<Task[]> {
  // ok: tool-input-to-sql
  return knex<Task>("tasks").where({ queue, label: null }).whereNull("lease_token").orderBy("id").limit(count);
}

export async function lease(taskIds: number[]): Promise<string> {
  // ok: insecure-randomness
  const token = randomUUID();
  await knex("tasks").whereIn("id", taskIds).update({ lease_token: token, leased_at: knex.fn.now() });
  return token;
}

export async function submitLabel(taskId: number, label: string, annotator: string): Promise<void> {
  // ruleid: tool-input-to-sql
  await knex.raw(`UPDATE tasks SET label = '${label}', annotator = '${annotator}', lease_token = NULL WHERE id = ${taskId}`);
}

export async function agreement(queue: string, minVotes: number): Promise<unknown> {
  // ok: tool-input-to-sql
  const { rows } = await knex.raw("SELECT task_id, mode() WITHIN GROUP (ORDER BY label) AS majority, COUNT(*) AS votes FROM votes JOIN tasks ON tasks.id = votes.task_id WHERE tasks.queue = ? GROUP BY task_id HAVING COUNT(*) >= ?", [queue, minVotes]);
  return rows;
}

export async function exportLabels(queue: string, labels: string[]): Promise<unknown[]> {
  const list = labels.map((l) => `'${l}'`).join(", ");
  // ruleid: tool-input-to-sql
  const { rows } = await knex.raw(`SELECT id, payload, label FROM tasks WHERE queue = ? AND label IN (${list})`, [queue]);
  return rows;
}
