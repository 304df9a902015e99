import { FastMCP } from "fastmcp";
import { z } from "zod";
import { summarizeCapture, followStream, startCapture, exportObjects } from "./tshark.js";
import { captureFile, CAPTURE_DIR } from "./store.js";

const server = new FastMCP({ name: "tshark-capture", version: "0.6.0" });

server.addTool({
  name: "start_capture",
  description: "Capture on an allowed interface for a few seconds into the capture store",
  parameters: z.object({
    iface: z.enum(["eth1", "mirror0", "wg0"]),
    seconds: z.number().int().min(1).max(60),
    bpf: z.string().max(200).optional(),
  }),
  execute: async (args) => startCapture({ snaplen: 256, ...args }),
});

server.addTool({
  name: "summarize",
  description: "Protocol hierarchy and conversations of a stored capture, with an optional display filter",
  parameters: z.object({ capture: z.string(), displayFilter: z.string().max(300).optional() }),
  execute: async ({ capture, displayFilter }) => summarizeCapture(captureFile(capture), displayFilter),
});

server.addTool({
  name: "follow_tcp",
  description: "Follow one TCP stream of a stored capture",
  parameters: z.object({ capture: z.string(), stream: z.number().int().min(0) }),
  execute: async ({ capture, stream }) => followStream(captureFile(capture), stream),
});

server.addTool({
  name: "export_http_objects",
  description: "Extract HTTP objects from a capture into a folder",
  parameters: z.object({ capture: z.string(), folder: z.string() }),
  execute: async ({ capture, folder }) => exportObjects(captureFile(capture), folder),
});

server.start({ transportType: "stdio" });
console.error(`tshark-capture: store at ${CAPTURE_DIR}`);
