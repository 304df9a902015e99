import { exportAccount, readArchive, importState, importStateJson } from "./archive.js";
import { fetchRemoteStatus } from "./federation.js";

export type Handler = (args: Record<string, any>) => Promise<string>;

export const HANDLERS: Record<string, Handler> = {
  export_account: exportAccount,
  read_archive: readArchive,
  import_state: importState,
  import_state_json: importStateJson,
  fetch_status: fetchRemoteStatus,
};

export const TOOLS = [
  { name: "export_account", description: "Export an account's statuses to the archive folder", inputSchema: { type: "object", properties: { acct: { type: "string" } }, required: ["acct"] } },
  { name: "read_archive", description: "Read a file from the archive folder", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
  { name: "import_state", description: "Restore archiver state from a saved blob", inputSchema: { type: "object", properties: { blob: { type: "string" } }, required: ["blob"] } },
  { name: "import_state_json", description: "Restore archiver state from a base64 JSON export", inputSchema: { type: "object", properties: { blob: { type: "string" } }, required: ["blob"] } },
  { name: "fetch_status", description: "Fetch a status from its origin instance", inputSchema: { type: "object", properties: { url: { type: "string" } }, required: ["url"] } },
];
