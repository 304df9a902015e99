import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { TrivyReport, TrivyService } from "./service.js";

const SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

function summarise(report: TrivyReport): string {
  const lines: string[] = [];
  for (const r of report.Results ?? []) {
    const vulns = r.Vulnerabilities ?? [];
    lines.push(`${r.Target}: ${vulns.length} finding(s)`);
    for (const v of vulns.slice(0, 25)) {
      lines.push(`  ${v.Severity.padEnd(8)} ${v.VulnerabilityID} ${v.PkgName} ${v.InstalledVersion}${v.FixedVersion ? ` → ${v.FixedVersion}` : ""}`);
    }
  }
  return lines.join("\n") || "no results";
}

export class ScanTools {
  constructor(private readonly trivy: TrivyService) {}

  register(server: McpServer): void {
    server.tool(
      "scan_image",
      "Scan a container image for known vulnerabilities",
      { image: z.string().min(1), severity: z.array(z.enum(SEVERITIES)).default(["HIGH", "CRITICAL"]) },
      { readOnlyHint: true, openWorldHint: true },
      this.scanImage.bind(this),
    );
    server.tool("scan_directory", "Scan a local project directory (lock files, IaC)", { dir: z.string() }, this.scanDirectory);
    server.tool("image_sbom", "Produce an SBOM for an image", { image: z.string(), format: z.enum(["cyclonedx", "spdx-json"]).default("cyclonedx") }, this.sbom);
    server.tool("trivy_version", async () => ({ content: [{ type: "text" as const, text: this.trivy.version() }] }));
  }

  private async scanImage({ image, severity }: { image: string; severity: (typeof SEVERITIES)[number][] }) {
    const report = this.trivy.image(image, severity);
    return { content: [{ type: "text" as const, text: summarise(report) }] };
  }

  scanDirectory = async ({ dir }: { dir: string }) => {
    const report = await this.trivy.filesystem(dir);
    return { content: [{ type: "text" as const, text: summarise(report) }] };
  };

  sbom = async ({ image, format }: { image: string; format: "cyclonedx" | "spdx-json" }) => {
    const text = await this.trivy.sbom(image, format);
    return { content: [{ type: "text" as const, text }] };
  };
}
