import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import pg from "pg";
import { z } from "zod";

const pool = new pg.Pool({ connectionString: process.env.FITNESS_DB_URL });
const server = new McpServer({ name: "fitness-tracker", version: "0.9.4" });

server.tool(
  "log_workout",
  "Records a workout for the athlete.",
  { athleteId: z.number().int(), kind: z.enum(["run", "ride", "swim", "strength", "yoga"]), minutes: z.number().positive(), distanceKm: z.number().nonnegative().optional() },
  async ({ athleteId, kind, minutes, distanceKm }) => {
    // ok: tool-input-to-sql
    await pool.query("INSERT INTO workouts (athlete_id, kind, minutes, distance_km, logged_at) VALUES ($1, $2, $3, $4, now())", [athleteId, kind, minutes, distanceKm ?? null]);
    return { content: [{ type: "text", text: `logged ${minutes} min ${kind}` }] };
  },
);

server.tool(
  "weekly_summary",
  "Totals per week, grouped by any column of the workouts table.",
  { athleteId: z.number().int(), groupBy: z.string().default("kind") },
  async ({ athleteId, groupBy }) => {
    // ruleid: tool-input-to-sql
    const { rows } = await pool.query(`SELECT date_trunc('week', logged_at) AS week, ${groupBy}, sum(minutes) AS minutes FROM workouts WHERE athlete_id = $1 GROUP BY 1, 2 ORDER BY 1 DESC`, [athleteId]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "custom_metric",
  "Computes a custom training-load metric from a formula over minutes, distanceKm and avgHr.",
  { athleteId: z.number().int(), formula: z.string().max(200) },
  async ({ athleteId, formula }) => {
    const { rows } = await pool.query("SELECT minutes, distance_km AS \"distanceKm\", avg_hr AS \"avgHr\" FROM workouts WHERE athlete_id = $1 ORDER BY logged_at DESC LIMIT 30", [athleteId]);
    // ruleid: tool-input-to-eval
    const metric = new Function("minutes", "distanceKm", "avgHr", `return ${formula};`);
    const values = rows.map((r) => metric(r.minutes, r.distanceKm, r.avgHr));
    return { content: [{ type: "text", text: values.join(", ") }] };
  },
);

server.tool(
  "share_link",
  "Creates a public link to the athlete's season summary.",
  { athleteId: z.number().int() },
  async ({ athleteId }) => {
    // ruleid: insecure-randomness
    const slug = Array.from({ length: 16 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("");
    await pool.query("INSERT INTO share_links (slug, athlete_id) VALUES ($1, $2)", [slug, athleteId]);
    return { content: [{ type: "text", text: `https://fit.example.app/share/${slug}` }] };
  },
);

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://fit.example.app", "https://coach.fit.example.app"], credentials: true }));
const transports = new Map();

app.get("/sse", async (req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  transports.set(transport.sessionId, transport);
  res.on("close", () => transports.delete(transport.sessionId));
  await server.connect(transport);
});

app.post("/messages", express.json(), async (req, res) => {
  const transport = transports.get(String(req.query.sessionId));
  if (!transport) return res.status(404).end();
  await transport.handlePostMessage(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(Number(process.env.PORT) || 3900);
