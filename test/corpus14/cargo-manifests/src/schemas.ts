import { z } from "zod";

export const ContainerNo = z.string().regex(/^[A-Z]{4}\d{7}$/, "ISO 6346 container number");

export const containerShape = { containerNo: ContainerNo };
export const consigneeShape = { consignee: z.string().min(2).max(120) };
export const exportShape = {
  voyage: z.string().regex(/^[A-Z0-9]{4,12}$/),
  fileName: z.string().describe("Output file name (without folder)"),
};
export const safeExportShape = {
  voyage: z.string().regex(/^[A-Z0-9]{4,12}$/),
  fileName: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
};
export const shareShape = { voyage: z.string().regex(/^[A-Z0-9]{4,12}$/), hours: z.number().int().min(1).max(72) };
