import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { audiogramShape, importShape, programShape } from "../schemas.js";
import { readPatientFile, savePatientFile } from "../lib/store.js";

const FREQS = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000];

export function registerFittingTools(server: McpServer) {
  server.registerTool(
    "record_audiogram",
    // ok: weak-input-schema
    { description: "Store an audiogram for one ear", inputSchema: audiogramShape },
    async ({ patientId, ear, thresholds }) => {
      const csv = FREQS.map((f, i) => `${f},${thresholds[i]}`).join("\n");
      const file = await savePatientFile(patientId, `audiogram-${ear}.csv`, csv);
      return { content: [{ type: "text", text: `saved ${file}` }] };
    },
  );

  server.registerTool(
    "write_program",
    { description: "Write a hearing-aid program file for the fitting software", inputSchema: programShape },
    async ({ patientId, settings }) => {
      const merged = { gainProfile: "nal-nl2", feedbackCancel: true, ...settings };
      const file = await savePatientFile(patientId, "program.json", JSON.stringify(merged, null, 2));
      return { content: [{ type: "text", text: `program written to ${file}` }] };
    },
  );

  server.registerTool(
    "import_session",
    { description: "Import a fitting session exported by the NOAH module", inputSchema: importShape },
    async ({ patientId, sessionJson }) => {
      // ok: unsafe-deserialization
      const session = JSON.parse(sessionJson) as { device: string; programs: unknown[] };
      await savePatientFile(patientId, "session.json", JSON.stringify(session));
      return { content: [{ type: "text", text: `${session.device}: ${session.programs.length} programs` }] };
    },
  );

  server.registerTool(
    "audiogram",
    { description: "Read a stored audiogram", inputSchema: { patientId: audiogramShape.patientId, ear: audiogramShape.ear } },
    async ({ patientId, ear }) => ({ content: [{ type: "text", text: await readPatientFile(patientId, `audiogram-${ear}.csv`) }] }),
  );
}
