import { FastMCP } from "fastmcp";
import knexFactory from "knex";
import { createPermitTools } from "./tools/permits.js";

const knex = knexFactory({
  client: "pg",
  connection: process.env.PERMITS_DATABASE_URL,
  pool: { min: 0, max: 5 },
});

const server = new FastMCP({ name: "city-permits", version: "3.0.2" });

for (const tool of createPermitTools(knex, { schema: "permitting", maxRows: 500 })) {
  server.addTool(tool as any);
}

const port = Number(process.env.PORT ?? 8090);
// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port } });
