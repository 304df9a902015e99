import { FastMCP } from "fastmcp";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { DispatchService } from "./dispatch.js";

const service = new DispatchService(process.env.ROUTING_BIN ?? "/usr/local/bin/osrm-cli");

const server = new FastMCP({ name: "courier-dispatch", version: "1.1.0" });

server.addTool({
  name: "create_job",
  description: "Create a courier job from pickup to drop-off address",
  parameters: z.object({ pickup: z.string().max(300), dropoff: z.string().max(300) }),
  execute: async ({ pickup, dropoff }) => JSON.stringify(service.create({ id: randomUUID(), pickup, dropoff })),
});

server.addTool({
  name: "assign_job",
  description: "Assign a job to a courier",
  parameters: z.object({ jobId: z.string().uuid(), courier: z.string().max(80) }),
  execute: async (args) => JSON.stringify(service.assign(args.jobId, args.courier)),
});

server.addTool({
  name: "route",
  description: "Compute a route between two coordinates",
  parameters: z.object({
    // ok: weak-input-schema
    from: z.string().regex(/^-?\d+\.\d+,-?\d+\.\d+$/),
    to: z.string().regex(/^-?\d+\.\d+,-?\d+\.\d+$/),
    profile: z.enum(["bike", "cargo-bike", "van"]),
  }),
  execute: async ({ from, to, profile }) => service.route(from, to, profile),
});

server.addTool({
  name: "print_label",
  description: "Print the parcel label of a job on a CUPS printer",
  parameters: z.object({ jobId: z.string().uuid(), printer: z.string() }),
  execute: async ({ jobId, printer }) => service.printLabel(jobId, printer),
});

server.addTool({
  name: "notify_partner",
  description: "POST the job to a partner courier's callback URL",
  parameters: z.object({ jobId: z.string().uuid(), callbackUrl: z.string().url() }),
  execute: async ({ jobId, callbackUrl }) => {
    const job = service.assign(jobId, "partner");
    return `partner answered ${await service.notifyPartner(callbackUrl, job)}`;
  },
});

server.addTool({
  name: "preview_webhook",
  description: "Check that a partner webhook URL answers",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => service.previewWebhook(url),
});

server.addTool({
  name: "courier_status",
  description: "Fetch a courier's live status from the bike-fleet tracker",
  parameters: z.object({ courierId: z.string().max(40) }),
  execute: async ({ courierId }) => {
    // ok: tool-input-to-url
    const res = await fetch(`https://tracking.bikefleet.example/v1/couriers/${encodeURIComponent(courierId)}/status`);
    return await res.text();
  },
});

const port = Number(process.env.PORT ?? 8080);
// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port } });
