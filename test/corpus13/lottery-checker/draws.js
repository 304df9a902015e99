import axios from "axios";

export const GAMES = ["powerball", "megamillions", "take5", "pick10"];

const DATASETS = {
  powerball: "d6yy-54nr",
  megamillions: "5xaw-6ayf",
  take5: "dg63-4siq",
  pick10: "bycu-cw7c",
};

export async function latestDraws(game, limit) {
  const dataset = DATASETS[game];
  // ok: tool-input-to-url
  const { data } = await axios.get(`https://data.ny.gov/resource/${dataset}.json`, { params: { $limit: limit, $order: "draw_date DESC" } });
  return data;
}
