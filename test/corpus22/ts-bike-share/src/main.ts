import { FastMCP } from "fastmcp";
import { z } from "zod";
import { fetchDockFeed, fetchPartnerFeed, fetchOperatorApi, proxyStatus } from "./feeds.js";

const server = new FastMCP({ name: "bike-share-docks", version: "2.0.1" });

server.addTool({
  name: "dock_feed",
  description: "Read a GBFS station_status feed of a partner city.",
  parameters: z.object({ feedUrl: z.string().url() }),
  execute: async (args) => JSON.stringify(await fetchDockFeed(args.feedUrl)),
});

server.addTool({
  name: "partner_feed",
  description: "Read a GBFS feed from one of the approved partner operators.",
  parameters: z.object({ url: z.string().url() }),
  execute: async ({ url }) => JSON.stringify(await fetchPartnerFeed(url)),
});

server.addTool({
  name: "station_detail",
  description: "Details of one dock station from the operator API.",
  parameters: z.object({ stationId: z.string().max(64) }),
  execute: async ({ stationId }) => JSON.stringify(await fetchOperatorApi(stationId)),
});

server.addTool({
  name: "status_proxy",
  description: "Fetch a status page of a dock controller.",
  parameters: z.object({ controller: z.string(), path: z.string().default("/status") }),
  execute: async (args) => proxyStatus({ ...args }),
});

server.addTool({
  name: "rebalance_hint",
  description: "Suggest which docks need bikes moved, from a free-form options object.",
  // ruleid: weak-input-schema
  parameters: z.object({ options: z.record(z.any()) }),
  execute: async ({ options }) => `rebalance with ${Object.keys(options).length} options queued`,
});

server.start({ transportType: "stdio" });
