import { z } from "zod";

export const ReceiptId = z.string().regex(/^[a-f0-9]{24}$/, "receipt ids are 24 hex chars");

export const UploadReceiptShape = {
  employeeId: z.string().regex(/^E[0-9]{5}$/),
  fileName: z.string().min(1).max(200),
  contentBase64: z.string().max(8_000_000),
};

export const AttachShape = {
  reportId: z.string(),
  relativePath: z.string(),
};

export const ExportShape = {
  month: z.string().regex(/^\d{4}-\d{2}$/),
  format: z.enum(["csv", "xlsx"]),
};

export const CategoriseShape = {
  receiptId: ReceiptId,
  // ruleid: weak-input-schema
  hints: z.any(),
};

export type ExportArgs = z.infer<z.ZodObject<typeof ExportShape>>;

export interface ReceiptMeta {
  id: string;
  employeeId: string;
  storedAs: string;
  amountCents?: number;
  currency?: string;
  category?: string;
}
