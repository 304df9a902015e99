import express from "express";
import crypto from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";

const OPENWEATHER_KEY = process.env.OPENWEATHER_KEY;
const app = express();

app.use((req, res, next) => {
  // ruleid: cors-wildcard-credentials
  res.set({ "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true" });
  res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
  if (req.method === "OPTIONS") return res.sendStatus(204);
  next();
});

const server = new McpServer({ name: "weather-sse", version: "1.3.0" });

server.tool(
  "current_weather",
  "Current weather for a city.",
  { city: z.string().max(100), units: z.enum(["metric", "imperial"]).default("metric") },
  async ({ city, units }) => {
    const url = new URL("https://api.openweathermap.org/data/2.5/weather");
    url.searchParams.set("q", city);
    url.searchParams.set("units", units);
    url.searchParams.set("appid", OPENWEATHER_KEY);
    // ok: tool-input-to-url
    const res = await fetch(url);
    const data = await res.json();
    return { content: [{ type: "text", text: `${data.name}: ${data.main?.temp}°, ${data.weather?.[0]?.description}` }] };
  }
);

server.tool(
  "forecast",
  "5-day forecast for coordinates.",
  { lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) },
  async ({ lat, lon }) => {
    // ok: tool-input-to-url
    const res = await fetch(`https://api.openweathermap.org/data/2.5/forecast?lat=${lat}&lon=${lon}&appid=${OPENWEATHER_KEY}`);
    const data = await res.json();
    const days = data.list.filter((_, i) => i % 8 === 0).map((d) => `${d.dt_txt}: ${d.main.temp}`);
    return { content: [{ type: "text", text: days.join("\n") }] };
  }
);

server.tool(
  "geocode",
  "Geocode a place name with a geocoding provider (default: nominatim.openstreetmap.org).",
  { place: z.string().max(200), provider: z.string().default("nominatim.openstreetmap.org") },
  async ({ place, provider }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(`https://${provider}/search?format=json&q=${encodeURIComponent(place)}`);
    const [hit] = await res.json();
    return { content: [{ type: "text", text: hit ? `${hit.lat},${hit.lon}` : "not found" }] };
  }
);

const transports = new Map();
const apiKeys = new Map();

app.post("/keys", (req, res) => {
  // ok: insecure-randomness
  const key = crypto.randomBytes(24).toString("base64url");
  apiKeys.set(key, { created: Date.now() });
  res.json({ key });
});

app.get("/sse", async (req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  // ruleid: insecure-randomness
  const connectionToken = Math.floor(Math.random() * 1e16).toString(16);
  transports.set(transport.sessionId, { transport, connectionToken });
  res.on("close", () => transports.delete(transport.sessionId));
  await server.connect(transport);
});

app.post("/messages", express.json(), async (req, res) => {
  const entry = transports.get(req.query.sessionId);
  if (!entry) return res.status(404).send("no such session");
  await entry.transport.handlePostMessage(req, res, req.body);
});

const PORT = process.env.PORT || 8080;
// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => {
  console.log(`weather SSE server on ${PORT}`);
});
