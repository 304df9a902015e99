import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { db, type Segment } from "./db/index.js";
import { QueryBuilder } from "./db/QueryBuilder.js";
import { ConcordanceShape, ImportShape, LookupShape } from "./schemas.js";

const server = new McpServer({ name: "translation-memory", version: "0.8.0" });

server.tool("tm_lookup", "Exact and fuzzy matches for a source segment", LookupShape, async ({ source, sourceLocale, targetLocale }) => {
  // ok: tool-input-to-sql
  const exact = db.prepare("SELECT * FROM segments WHERE source = @source AND source_locale = @sourceLocale AND target_locale = @targetLocale").all({ source, sourceLocale, targetLocale }) as Segment[];
  return { content: [{ type: "text", text: exact.map((s) => `${s.source} → ${s.target}`).join("\n") || "no match" }] };
});

server.tool("tm_concordance", "Find segments containing a term", ConcordanceShape, async ({ term, targetLocale, project }) => {
  const qb = new QueryBuilder("segments", ["id", "source", "target", "project"]).where(`target_locale = '${targetLocale}'`).where("source LIKE ?");
  if (project) qb.where(`project = '${project.replace(/'/g, "''")}'`);
  const sql = qb.orderBy("id", "DESC").limit(50).build();
  // ruleid: tool-input-to-sql
  const rows = db.prepare(sql).all(`%${term}%`) as Segment[];
  return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
});

server.tool("tm_import", "Import translated segments into the memory", ImportShape, async ({ project, segments, metadata }) => {
  // ok: tool-input-to-sql
  const insert = db.prepare("INSERT INTO segments (project, source, target, source_locale, target_locale, meta) VALUES (?, ?, ?, ?, ?, ?)");
  const tx = db.transaction(() => {
    for (const s of segments) insert.run(project, s.source, s.target, s.sourceLocale, s.targetLocale, JSON.stringify(metadata));
  });
  tx();
  return { content: [{ type: "text", text: `imported ${segments.length} segments into ${project}` }] };
});

server.tool("tm_stats", "Segment counts per locale pair", {}, async () => {
  const rows = db.prepare("SELECT source_locale, target_locale, COUNT(*) AS n FROM segments GROUP BY 1, 2").all();
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
