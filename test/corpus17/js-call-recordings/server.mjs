#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { deleteRecording, exportRecording, listRecordings, recordingInfo } from "./storage.mjs";
import { fetchTranscript, pushToCrm, requestTranscript } from "./transcripts.mjs";

const server = new McpServer({ name: "call-recordings", version: "0.3.2" });
const out = (text) => ({ content: [{ type: "text", text: typeof text === "string" ? text : JSON.stringify(text, null, 2) }] });

server.tool("list_recordings", "Recordings of one day (YYYY-MM-DD folder)", { day: z.string() }, async ({ day }) => out((await listRecordings(day)).join("\n")));

server.tool("recording_info", "Size and date of a recording", { file: z.string() }, async ({ file }) => out(await recordingInfo(file)));

server.tool(
  "delete_recording",
  "Delete a recording after its retention period",
  { file: z.string() },
  { destructiveHint: true },
  async ({ file }) => {
    await deleteRecording(file);
    return out(`deleted ${file}`);
  },
);

server.tool(
  "export_recording",
  "Copy a recording somewhere for legal hold",
  { file: z.string(), destination: z.string() },
  async ({ file, destination }) => {
    await exportRecording(file, destination);
    return out(`exported to ${destination}`);
  },
);

server.tool(
  "transcribe",
  "Start a transcription job",
  { callId: z.string().uuid(), language: z.enum(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES"]) },
  async ({ callId, language }) => out(await requestTranscript(callId, language)),
);

server.tool("get_transcript", "Download the transcript from the job URL the vendor returned", { jobUrl: z.string().url() }, async ({ jobUrl }) => out(await fetchTranscript(jobUrl)));

server.tool(
  "log_to_crm",
  "Attach a call summary to the CRM activity feed",
  { endpoint: z.string().url(), callId: z.string(), summary: z.string().max(4000) },
  async (args) => {
    await pushToCrm({ ...args });
    return out("logged");
  },
);

await server.connect(new StdioServerTransport());
