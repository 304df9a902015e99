export const CLAUSES: Record<string, string> = {
  confidentiality: "Each party shall keep the other party's Confidential Information in confidence ...",
  governing_law: "This Agreement is governed by the laws of {{jurisdiction}} ...",
  termination: "Either party may terminate this Agreement with {{noticeDays}} days' written notice ...",
};

export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-zA-Z_]+)\s*\}\}/g, (m, key: string) => (key in values ? values[key] : m));
}
