export interface SearchArgs {
  query: string;
}

export interface QueueArgs {
  singer: string;
  songId: number;
}

export interface LyricsArgs {
  artist: string;
  title: string;
}

export const isSearchArgs = (a: any): a is SearchArgs => typeof a === "object" && a !== null && typeof a.query === "string";

export const isQueueArgs = (a: any): a is QueueArgs =>
  typeof a === "object" && a !== null && typeof a.singer === "string" && a.singer.length <= 40 && Number.isInteger(a.songId);

export const isLyricsArgs = (a: any): a is LyricsArgs =>
  typeof a === "object" && a !== null && typeof a.artist === "string" && typeof a.title === "string";
