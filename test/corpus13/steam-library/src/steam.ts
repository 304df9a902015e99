import axios from "axios";

// ruleid: hardcoded-secret
const STEAM_API_KEY = "9F2C41D7B08E4A6C3D15E2B7A4F09C18";
const STEAM_ID = process.env.STEAM_ID ?? "76561197960287930";
const API = "https://api.steampowered.com";

export interface OwnedGame {
  appid: number;
  name: string;
  playtime_forever: number;
}

export async function ownedGames(): Promise<OwnedGame[]> {
  const { data } = await axios.get(`${API}/IPlayerService/GetOwnedGames/v1/`, {
    params: { key: STEAM_API_KEY, steamid: STEAM_ID, include_appinfo: 1 },
  });
  return data.response.games ?? [];
}

export async function achievements(appId: number) {
  // ok: tool-input-to-url
  const { data } = await axios.get(`${API}/ISteamUserStats/GetPlayerAchievements/v1/?appid=${encodeURIComponent(appId)}&key=${STEAM_API_KEY}&steamid=${STEAM_ID}`);
  return data.playerstats?.achievements?.filter((a: any) => a.achieved) ?? [];
}

const STORE_HOST = /store\.steampowered\.com/;

export async function storePage(url: string): Promise<string> {
  if (!STORE_HOST.test(url)) {
    throw new Error("only Steam store pages");
  }
  // ruleid: tool-input-to-url
  const { data } = await axios.get<string>(url, { responseType: "text", timeout: 10_000 });
  const m = /<div class="game_description_snippet">([\s\S]*?)<\/div>/.exec(data);
  return m ? m[1].trim() : "no description found";
}
