import { Client } from "@notionhq/client";

// ruleid: hardcoded-secret
const NOTION_TOKEN = "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";

export const notion = new Client({ auth: process.env.NOTION_TOKEN ?? NOTION_TOKEN, notionVersion: "2022-06-28" });

export type Block = { type: string; [key: string]: unknown };

export function blockText(block: Block): string {
  const rich = (block[block.type] as { rich_text?: { plain_text: string }[] } | undefined)?.rich_text ?? [];
  return rich.map((r) => r.plain_text).join("");
}

export async function pageMarkdown(pageId: string): Promise<string> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await notion.blocks.children.list({ block_id: pageId, start_cursor: cursor, page_size: 100 });
    for (const b of res.results as Block[]) {
      const text = blockText(b);
      if (b.type.startsWith("heading_")) out.push(`${"#".repeat(Number(b.type.slice(-1)))} ${text}`);
      else if (b.type === "bulleted_list_item") out.push(`- ${text}`);
      else if (b.type === "to_do") out.push(`- [ ] ${text}`);
      else out.push(text);
    }
    cursor = res.has_more ? res.next_cursor ?? undefined : undefined;
  } while (cursor);
  return out.join("\n");
}
