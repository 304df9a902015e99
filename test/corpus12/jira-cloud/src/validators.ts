export interface SearchArgs {
  jql: string;
  maxResults?: number;
}

export interface IssueArgs {
  issueKey: string;
}

export interface TransitionArgs {
  issueKey: string;
  transitionId: string;
}

export interface ExportArgs {
  issueKey: string;
  target: string;
}

const ISSUE_KEY = /^[A-Z][A-Z0-9]+-\d+$/;

export const isValidSearchArgs = (args: any): args is SearchArgs =>
  typeof args === "object" &&
  args !== null &&
  typeof args.jql === "string" &&
  (args.maxResults === undefined || typeof args.maxResults === "number");

export const isValidIssueArgs = (args: any): args is IssueArgs =>
  typeof args === "object" && args !== null && typeof args.issueKey === "string" && ISSUE_KEY.test(args.issueKey);

export const isValidTransitionArgs = (args: any): args is TransitionArgs =>
  typeof args === "object" &&
  args !== null &&
  typeof args.issueKey === "string" &&
  ISSUE_KEY.test(args.issueKey) &&
  typeof args.transitionId === "string" &&
  /^\d+$/.test(args.transitionId);

export const isValidExportArgs = (args: any): args is ExportArgs =>
  typeof args === "object" && args !== null && typeof args.issueKey === "string" && typeof args.target === "string";
