import { z } from "zod";

const DMV_BASE = "https://dmv-gateway.state.example.gov/v1";

const mask = (s) => (s.length <= 4 ? "****" : `${s.slice(0, 2)}***${s.slice(-2)}`);

export function registerPlateTools(server, { logger }) {
  server.registerTool(
    "registered_owner",
    {
      description: "Registered owner of a vehicle (needs the officer's DMV credentials).",
      inputSchema: { plate: z.string().max(10), officerUser: z.string(), officerPassword: z.string() },
    },
    async ({ plate, officerUser, officerPassword }) => {
      // ruleid: sensitive-data-logged
      logger.info(`DMV lookup plate=${plate} user=${officerUser} password=${officerPassword}`);
      const res = await fetch(`${DMV_BASE}/plates/${encodeURIComponent(plate)}/owner`, {
        headers: { authorization: "Basic " + Buffer.from(`${officerUser}:${officerPassword}`).toString("base64") },
      });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.registerTool(
    "permit_holder",
    { description: "Residential permit attached to a plate.", inputSchema: { plate: z.string().max(10) } },
    async ({ plate }) => {
      // ok: sensitive-data-logged
      logger.info(`permit lookup plate=${mask(plate)}`);
      const res = await fetch(`${DMV_BASE}/permits?plate=${encodeURIComponent(plate)}`);
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );
}
