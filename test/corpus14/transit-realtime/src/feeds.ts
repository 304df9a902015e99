import { assertFeedUrl, looksLikeTransitFeed } from "./net.js";

export interface Vehicle {
  id: string;
  route: string;
  lat: number;
  lon: number;
}

export async function fetchVehiclePositions(feedUrl: string): Promise<Vehicle[]> {
  if (!looksLikeTransitFeed(feedUrl)) {
    throw new Error("not a known transit feed");
  }
  // ruleid: tool-input-to-url
  const res = await fetch(feedUrl, { headers: { accept: "application/json" } });
  const body = (await res.json()) as { entity: { vehicle: any }[] };
  return body.entity.map((e) => ({ id: e.vehicle.vehicle.id, route: e.vehicle.trip?.routeId ?? "?", lat: e.vehicle.position.latitude, lon: e.vehicle.position.longitude }));
}

export async function fetchServiceAlerts(feedUrl: string): Promise<unknown> {
  const url = await assertFeedUrl(feedUrl);
  // ok: tool-input-to-url
  const res = await fetch(url, { redirect: "error" });
  return res.json();
}
