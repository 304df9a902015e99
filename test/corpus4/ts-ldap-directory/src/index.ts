// LDAP directory MCP server (stdio): people lookup, group membership, CSV export.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { connect, escapeFilter, search } from "./directory.js";

const client = await connect();
const server = new McpServer({ name: "ldap-directory", version: "0.4.0" });
const DEBUG = process.env.LDAP_MCP_DEBUG === "1";

const PERSON_ATTRS = ["uid", "cn", "mail", "title", "departmentNumber", "manager"];

server.tool(
  "find_person",
  "Find people by name, uid or e-mail (prefix match).",
  { query: z.string().min(2).max(64) },
  { readOnlyHint: true },
  async ({ query }) => {
    const q = escapeFilter(query);
    const rows = await search(client, { scope: "sub", filter: `(&(objectClass=person)(|(cn=${q}*)(uid=${q}*)(mail=${q}*)))`, attributes: PERSON_ATTRS, sizeLimit: 25 });
    if (DEBUG) {
      // ruleid: stdout-in-stdio-server
      console.log(JSON.stringify(rows));
    }
    return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
  },
);

server.tool(
  "group_members",
  { group: z.string().regex(/^[\w .-]{1,64}$/) },
  async ({ group }) => {
    const rows = await search(client, { scope: "sub", filter: `(&(objectClass=groupOfNames)(cn=${escapeFilter(group)}))`, attributes: ["member"] });
    return { content: [{ type: "text", text: JSON.stringify(rows[0]?.member ?? []) }] };
  },
);

server.tool(
  "export_department",
  "Export a department's people as CSV to the given file path.",
  { department: z.string().max(32), outputFile: z.string() },
  async ({ department, outputFile }) => {
    const rows = await search(client, { scope: "sub", filter: `(&(objectClass=person)(departmentNumber=${escapeFilter(department)}))`, attributes: PERSON_ATTRS });
    const csv = [PERSON_ATTRS.join(","), ...rows.map((r) => PERSON_ATTRS.map((a) => JSON.stringify(r[a] ?? "")).join(","))].join("\n");
    // ruleid: tool-input-to-path
    writeFileSync(outputFile, csv);
    return { content: [{ type: "text", text: `wrote ${rows.length} rows to ${outputFile}` }] };
  },
);

await server.connect(new StdioServerTransport());
