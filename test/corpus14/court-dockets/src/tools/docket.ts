import { BaseTool, type ToolOutput } from "./base.js";
import type { PdfService } from "../services/pdf.js";

const DOCKET_API = "https://ecf.courts.example.gov/api/v1";

export class SearchDocketTool extends BaseTool {
  readonly name = "search_docket";
  readonly description = "Search the court's docket by case number.";
  readonly inputSchema = {
    type: "object" as const,
    properties: { caseNumber: { type: "string", pattern: "^[0-9]{1,2}:[0-9]{2}-[a-z]{2}-[0-9]{5}$" } },
    required: ["caseNumber"],
    additionalProperties: false,
  };

  async execute(args: Record<string, any>): Promise<ToolOutput> {
    const res = await fetch(`${DOCKET_API}/cases?number=${encodeURIComponent(String(args.caseNumber))}`);
    return this.ok(await res.text());
  }
}

export class ExtractFilingTool extends BaseTool {
  readonly name = "extract_filing_text";
  readonly description = "Extract text of a filed PDF (first pages).";
  readonly inputSchema = {
    type: "object" as const,
    properties: { file: { type: "string" }, pages: { type: "integer", minimum: 1, maximum: 50 } },
    required: ["file"],
  };

  constructor(private readonly pdf: PdfService) {
    super();
  }

  async execute(args: Record<string, any>): Promise<ToolOutput> {
    const { file, pages = 5 } = args;
    return this.ok(await this.pdf.extractText(file, 1, pages));
  }
}

export class PageCountTool extends BaseTool {
  readonly name = "filing_page_count";
  readonly description = "Number of pages in a filed PDF.";
  readonly inputSchema = { type: "object" as const, properties: { file: { type: "string" } }, required: ["file"] };

  constructor(private readonly pdf: PdfService) {
    super();
  }

  async execute(args: Record<string, any>): Promise<ToolOutput> {
    return this.ok(String(await this.pdf.pageCount(args.file)));
  }
}

export class RedactFilingTool extends BaseTool {
  readonly name = "redact_filing";
  readonly description = "Redact a pattern (e.g. SSNs) from a filing before publication.";
  // ruleid: weak-input-schema
  readonly inputSchema = { type: "object" as const };

  constructor(private readonly pdf: PdfService) {
    super();
  }

  async execute(args: Record<string, any>): Promise<ToolOutput> {
    const code = await this.pdf.redact(args.file, args.pattern);
    return code === 0 ? this.ok("redacted") : { isError: true, content: [{ type: "text", text: `redact-pdf exited ${code}` }] };
  }
}
