import { z } from "zod";

export const LoanIdShape = {
  loanId: z.string().regex(/^LN-[0-9]{6}$/).describe("Loan number, e.g. LN-004211"),
};

export const DocumentShape = {
  loanId: z.string().describe("Loan number"),
  fileName: z.string().describe("Document file name inside the loan folder"),
};

export const ConditionShape = {
  loanId: z.string(),
  status: z.enum(["open", "cleared", "waived"]),
  note: z.string().max(500).optional(),
};

export const ExportShape = {
  loanId: z.string(),
  format: z.enum(["pdf", "xml", "csv"]),
};

export interface PipelineDeps {
  docRoot: string;
  exportDir: string;
  db: import("better-sqlite3").Database;
}
