import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { TOOL_LIST, MoveArgs, BagArgs } from "./schemas.js";
import { RosCli } from "./ros.js";
import { FleetApi } from "./fleet.js";

const ros = new RosCli(process.env.ROS_DOMAIN_ID ?? "7");
const fleet = new FleetApi(process.env.FLEET_API ?? "http://fleet-manager.warehouse.lan:8080");

const server = new Server({ name: "ros-warehouse-bridge", version: "1.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOL_LIST }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  switch (name) {
    case "move_robot": {
      // ok: weak-input-schema
      const args = MoveArgs.parse(request.params.arguments);
      const out = await fleet.dispatch(args.robot, args.station);
      return { content: [{ type: "text", text: JSON.stringify(out) }] };
    }
    case "record_bag": {
      const args = BagArgs.parse(request.params.arguments);
      const file = await ros.recordBag(args.topics, args.seconds);
      return { content: [{ type: "text", text: `recorded ${file}` }] };
    }
    case "echo_topic": {
      // ruleid: weak-input-schema
      const { topic, count } = request.params.arguments as any;
      const text = await ros.echo(topic, count ?? 1);
      return { content: [{ type: "text", text }] };
    }
    case "robot_logs": {
      const args = request.params.arguments as { robot: string; since?: string };
      const text = await fleet.logs(args.robot, args.since);
      return { content: [{ type: "text", text }] };
    }
    case "param_set": {
      const { node, param, value } = request.params.arguments as Record<string, string>;
      const text = await ros.setParam(node, param, value);
      return { content: [{ type: "text", text }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});

await server.connect(new StdioServerTransport());
