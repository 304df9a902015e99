import { FastMCP } from "fastmcp";
import { registerBookingTools } from "./tools/booking.js";
import { registerScorecardTools } from "./tools/scorecards.js";

const server = new FastMCP({
  name: "golf-tee-times",
  version: "2.0.3",
  instructions: "Tee sheet and scorecards for the club's two courses (Old Course, Heathland).",
});

registerBookingTools(server);
registerScorecardTools(server);

server.start({ transportType: "stdio" });
