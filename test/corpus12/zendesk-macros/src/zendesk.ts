export interface Ticket {
  id: number;
  subject: string;
  requester: string;
  priority: "low" | "normal" | "high" | "urgent" | null;
  tags: string[];
  assignee_id: number | null;
  due_at: string | null;
  comment_count: number;
}

export class ZendeskClient {
  private readonly base: string;
  private readonly auth: string;

  constructor(subdomain: string, email: string, token: string) {
    this.base = `https://${subdomain}.zendesk.com/api/v2`;
    this.auth = "Basic " + Buffer.from(`${email}/token:${token}`).toString("base64");
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(this.base + path, { ...init, headers: { Authorization: this.auth, "Content-Type": "application/json" } });
    if (!res.ok) throw new Error(`Zendesk ${res.status}`);
    return (await res.json()) as T;
  }

  async getTicket(id: number): Promise<Ticket> {
    const { ticket } = await this.request<{ ticket: Ticket }>(`/tickets/${id}.json`);
    return ticket;
  }

  async applyMacro(ticketId: number, macroId: number): Promise<void> {
    const { result } = await this.request<{ result: { ticket: Partial<Ticket> } }>(`/tickets/${ticketId}/macros/${macroId}/apply.json`);
    await this.request(`/tickets/${ticketId}.json`, { method: "PUT", body: JSON.stringify({ ticket: result.ticket }) });
  }
}
