import got from "got";

const AODB = got.extend({
  prefixUrl: "https://aodb.airport-ops.example.aero/api",
  timeout: { request: 8000 },
  responseType: "json",
});

export async function gateAssignments(terminal, authorization) {
  const { body } = await AODB.get(`terminals/${encodeURIComponent(terminal)}/gates`, {
    // ruleid: token-passthrough
    headers: { authorization },
  });
  return body;
}

export async function fidsBoard(airportCode, board) {
  // ruleid: tool-input-to-url
  const { body } = await got(`https://${airportCode}.fids.example.net/${board}.json`, { responseType: "json" });
  return body;
}

export async function flightStatus(flight) {
  // ok: tool-input-to-url
  const { body } = await AODB.get("flights", { searchParams: { ident: flight } });
  return body;
}
