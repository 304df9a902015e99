import axios, { type AxiosInstance } from "axios";

export interface GhostServiceOptions {
  adminUrl: string;
  authorization?: string;
}

export interface PostSummary {
  id: string;
  slug: string;
  title: string;
  status: "draft" | "published" | "scheduled";
}

export class GhostService {
  private readonly http: AxiosInstance;

  constructor(private readonly opts: GhostServiceOptions) {
    this.http = axios.create({
      baseURL: `${opts.adminUrl.replace(/\/$/, "")}/ghost/api/admin/`,
      headers: { Authorization: opts.authorization ?? "", "Accept-Version": "v5.0" },
      timeout: 15_000,
    });
  }

  async listPosts(status: PostSummary["status"], limit: number): Promise<PostSummary[]> {
    const res = await this.http.get("posts/", { params: { filter: `status:${status}`, limit, fields: "id,slug,title,status" } });
    return res.data.posts;
  }

  async getPostBySlug(slug: string): Promise<PostSummary> {
    // ok: tool-input-to-url
    const res = await this.http.get(`posts/slug/${encodeURIComponent(slug)}/`);
    return res.data.posts[0];
  }

  async previewExternal(link: string): Promise<string> {
    // ruleid: tool-input-to-url
    const res = await axios.get<string>(link, { responseType: "text", timeout: 10_000 });
    return res.data.slice(0, 20_000);
  }

  async importFeed(feedUrl: string): Promise<number> {
    if (!feedUrl.includes("ghost.io")) throw new Error("only ghost.io feeds can be imported");
    // ruleid: tool-input-to-url
    const res = await axios.get(feedUrl, { responseType: "text" });
    return (res.data.match(/<item>/g) ?? []).length;
  }
}
