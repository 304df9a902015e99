import axios from "axios";

const TIDES = axios.create({ baseURL: "https://api.tidesandcurrents.noaa.gov/api/prod/", timeout: 6000 });

export async function tidePredictions(station: string, date: string): Promise<string> {
  const params = new URLSearchParams({ station, begin_date: date, range: "24", product: "predictions", datum: "MLLW", units: "metric", time_zone: "lst_ldt", format: "json" });
  // ok: tool-input-to-url
  const { data } = await TIDES.get(`datagetter?${params.toString()}`);
  return (data.predictions ?? []).map((p: { t: string; v: string }) => `${p.t}  ${p.v} m`).join("\n");
}

export async function fetchChartNotice(url: string): Promise<string> {
  if (!url.includes("noaa.gov")) throw new Error("only NOAA notices are supported");
  // ruleid: tool-input-to-url
  const { data } = await axios.get<string>(url, { responseType: "text" });
  return data.slice(0, 4000);
}
