import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerStudyTools } from "./tools/studies.js";
import { registerExportTools } from "./tools/export.js";
import { Dcmtk } from "./dcmtk.js";

const ARCHIVE_ROOT = process.env.DICOM_ARCHIVE ?? "/srv/pacs/archive";
const EXPORT_ROOT = process.env.DICOM_EXPORT ?? "/srv/pacs/export";

const server = new McpServer({ name: "dicom-gateway", version: "0.6.2" });
const dcmtk = new Dcmtk({ aeTitle: process.env.AE_TITLE ?? "MCPGW", peer: process.env.PACS_PEER ?? "pacs.local", port: 11112 });

registerStudyTools(server, { dcmtk, archiveRoot: ARCHIVE_ROOT });
registerExportTools(server, { dcmtk, archiveRoot: ARCHIVE_ROOT, exportRoot: EXPORT_ROOT });

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error(`dicom-gateway ready (archive ${ARCHIVE_ROOT})`);
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
