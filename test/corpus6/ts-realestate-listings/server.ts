import { FastMCP, UserError } from "fastmcp";
import got from "got";
import { QueryTypes, Sequelize } from "sequelize";
import { z } from "zod";

const sequelize = new Sequelize(process.env.LISTINGS_DB_URL!, { logging: false });
// ok: hardcoded-secret
const API_KEYS = new Set((process.env.LISTINGS_MCP_KEYS ?? "").split(",").filter(Boolean));

const server = new FastMCP({
  name: "realestate-listings",
  version: "1.4.0",
  authenticate: async (request) => {
    const key = request.headers["x-api-key"];
    if (typeof key !== "string" || !API_KEYS.has(key)) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { key };
  },
});

server.addTool({
  name: "search_listings",
  description: "Active listings in a city within a price range.",
  parameters: z.object({
    city: z.string().max(80),
    minPrice: z.number().nonnegative().default(0),
    maxPrice: z.number().positive(),
    bedrooms: z.number().int().min(0).max(10).optional(),
  }),
  execute: async ({ city, minPrice, maxPrice, bedrooms }) => {
    // ok: tool-input-to-sql
    const rows = await sequelize.query("SELECT id, address, price, bedrooms FROM listings WHERE status = 'active' AND city = :city AND price BETWEEN :minPrice AND :maxPrice AND (:bedrooms IS NULL OR bedrooms >= :bedrooms) ORDER BY price LIMIT 50", { replacements: { city, minPrice, maxPrice, bedrooms: bedrooms ?? null }, type: QueryTypes.SELECT });
    return JSON.stringify(rows, null, 2);
  },
});

server.addTool({
  name: "listings_by_agent",
  description: "Listings handled by an agent, by the agent's display name.",
  parameters: z.object({ agentName: z.string() }),
  execute: async (args) => {
    const { agentName: agent } = args;
    // ruleid: tool-input-to-sql
    const rows = await sequelize.query(`SELECT l.id, l.address, l.price FROM listings l JOIN agents a ON a.id = l.agent_id WHERE a.display_name = '${agent}'`, { type: QueryTypes.SELECT });
    return JSON.stringify(rows, null, 2);
  },
});

server.addTool({
  name: "price_history",
  description: "Price changes of a listing.",
  parameters: z.object({ listingId: z.number().int().positive() }),
  execute: async ({ listingId }) => {
    // ok: tool-input-to-sql
    const rows = await sequelize.query("SELECT changed_at, old_price, new_price FROM price_changes WHERE listing_id = ? ORDER BY changed_at", { replacements: [listingId], type: QueryTypes.SELECT });
    return JSON.stringify(rows);
  },
});

server.addTool({
  name: "import_photo",
  description: "Downloads a listing photo from the URL the seller provided and stores its size.",
  parameters: z.object({ listingId: z.number().int(), photoUrl: z.string() }),
  execute: async ({ listingId, photoUrl }) => {
    // ruleid: tool-input-to-url
    const body = await got(photoUrl, { timeout: { request: 15000 } }).buffer();
    if (body.length > 20 * 1024 * 1024) throw new UserError("photo too large");
    await sequelize.query("INSERT INTO photos (listing_id, bytes) VALUES (?, ?)", { replacements: [listingId, body.length] });
    return `stored ${body.length} bytes for listing ${listingId}`;
  },
});

server.addTool({
  name: "walk_score",
  description: "Walkability score of a listing's address from the public scoring API.",
  parameters: z.object({ address: z.string().max(300), lat: z.number(), lon: z.number() }),
  execute: async ({ address, lat, lon }) => {
    // ok: tool-input-to-url
    const data: any = await got("https://api.walkscore.example/score", { searchParams: { address, lat, lon, format: "json", wsapikey: process.env.WALKSCORE_KEY } }).json();
    return `walk score: ${data.walkscore} (${data.description})`;
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8811 } });
