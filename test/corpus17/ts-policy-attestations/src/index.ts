#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { hrisAgent, hrisHeaders, startHttp } from "./http.js";
import { AttestationRecord, customReminderText, isComplete, POLICIES, quizScore, reminderText } from "./policies.js";
import https from "node:https";

const server = new McpServer({ name: "policy-attestations", version: "1.3.0" });
const records = new Map<string, AttestationRecord>();
const HRIS = "https://hris.example.com/api/employees";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.registerTool(
  "record_attestation",
  {
    description: "Record that an employee attested to a policy",
    inputSchema: { employee: z.string().email(), policy: z.enum(POLICIES), record: AttestationRecord },
  },
  async ({ employee, policy, record }) => {
    records.set(`${employee}:${policy}`, record);
    return text(isComplete(policy, record) ? "complete" : "recorded, not yet complete");
  },
);

server.registerTool(
  "grade_quiz",
  {
    description: "Grade a policy quiz",
    inputSchema: { answers: z.array(z.string().max(1)).max(50), policy: z.enum(POLICIES) },
  },
  async ({ answers }) => text(`score ${quizScore(answers, ["a", "c", "b", "d", "a", "b", "c", "a", "d", "b"])}`),
);

server.registerTool(
  "reminder",
  {
    description: "Reminder text for an employee who has not attested yet",
    inputSchema: { name: z.string().max(80), policy: z.enum(POLICIES), style: z.enum(["polite", "final"]) },
  },
  async ({ name, policy, style }) => text(reminderText(style, name, policy)),
);

server.registerTool(
  "custom_reminder",
  {
    description: "Reminder text from a custom template using ${name} and ${policy}",
    inputSchema: { template: z.string().max(500), name: z.string(), policy: z.string() },
  },
  async ({ template, name, policy }) => text(customReminderText(template, name, policy)),
);

server.registerTool(
  "employee_manager",
  {
    description: "Manager of an employee, from the HRIS",
    inputSchema: { employeeId: z.string().regex(/^E\d{5,7}$/) },
  },
  async ({ employeeId }) =>
    new Promise((resolve, reject) => {
      // ok: tool-input-to-url
      https.get(`${HRIS}/${employeeId}`, { agent: hrisAgent, headers: hrisHeaders() }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(text(JSON.parse(body).manager ?? "unknown")));
      }).on("error", reject);
    }),
);

startHttp(server);
