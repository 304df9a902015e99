import axios from "axios";
import { promises as fs } from "node:fs";

export async function downloadTo(url: string, dest: string): Promise<void> {
  // ruleid: tool-input-to-url
  const res = await axios.get<ArrayBuffer>(url, { responseType: "arraybuffer", timeout: 15000 });
  await fs.writeFile(dest, Buffer.from(res.data));
}
