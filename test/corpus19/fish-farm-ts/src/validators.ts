export interface PenArgs {
  pen: string;
}

export interface FeedArgs extends PenArgs {
  kg: number;
  feedType: string;
}

export interface ExportArgs {
  pen: string;
  file: string;
}

export interface SampleArgs {
  pen: string;
  labUrl: string;
}

const PEN = /^P[0-9]{2}$/;

export function isPenArgs(a: unknown): a is PenArgs {
  return typeof a === "object" && a !== null && typeof (a as PenArgs).pen === "string" && PEN.test((a as PenArgs).pen);
}

export function isFeedArgs(a: unknown): a is FeedArgs {
  return isPenArgs(a) && typeof (a as FeedArgs).kg === "number" && ["starter", "grower", "finisher"].includes((a as FeedArgs).feedType);
}

export function isExportArgs(a: unknown): a is ExportArgs {
  return isPenArgs(a) && typeof (a as ExportArgs).file === "string";
}

export function isSampleArgs(a: unknown): a is SampleArgs {
  return isPenArgs(a) && typeof (a as SampleArgs).labUrl === "string";
}
