import { z } from "zod";
import fs from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Dcmtk } from "../dcmtk.js";
import { safePath, underRoot, seriesFolder } from "../util/paths.js";

interface StudyDeps {
  dcmtk: Dcmtk;
  archiveRoot: string;
}

const UID = z.string().regex(/^[0-9.]{1,64}$/);

export function registerStudyTools(server: McpServer, deps: StudyDeps) {
  server.tool(
    "find_studies",
    "Query the PACS for studies by patient id and modality",
    {
      patientId: z.string().max(64),
      modality: z.enum(["CT", "MR", "US", "CR", "DX"]).optional(),
    },
    { readOnlyHint: true },
    async ({ patientId, modality }) => {
      const keys: Record<string, string> = { "0010,0020": patientId, "0008,0052": "STUDY" };
      if (modality) keys["0008,0061"] = modality;
      const text = await deps.dcmtk.findStudies(keys);
      return { content: [{ type: "text", text }] };
    },
  );

  server.tool(
    "read_header",
    "Dump the main header tags of one instance file in the archive",
    { file: z.string().describe("path relative to the archive root") },
    async ({ file }) => {
      const full = underRoot(deps.archiveRoot, file);
      const text = await deps.dcmtk.dumpHeader(full);
      return { content: [{ type: "text", text }] };
    },
  );

  server.tool(
    "list_series",
    "List the instance files of a series",
    // ok: weak-input-schema
    { studyUid: UID, seriesUid: UID },
    async ({ studyUid, seriesUid }) => {
      const dir = safePath(deps.archiveRoot, seriesFolder(studyUid, seriesUid));
      // ok: tool-input-to-path
      const names = await fs.readdir(dir);
      return { content: [{ type: "text", text: names.filter((n) => n.endsWith(".dcm")).join("\n") }] };
    },
  );

  server.tool("read_report", { relPath: z.string() }, async ({ relPath }) => {
    const full = underRoot(deps.archiveRoot, relPath);
    // ruleid: tool-input-to-path
    const text = await fs.readFile(full, "utf8");
    return { content: [{ type: "text", text }] };
  });
}
