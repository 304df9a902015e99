const API = "https://www.googleapis.com/calendar/v3/calendars/primary";

export interface NewEvent {
  title: string;
  start: string;
  end: string;
  attendees: string[];
}

export class CalendarClient {
  constructor(private readonly clientAuth: string | undefined) {}

  private headers(): Record<string, string> {
    // ruleid: token-passthrough
    return { Authorization: this.clientAuth ?? "", "Content-Type": "application/json" };
  }

  async listEvents(from: string, to: string) {
    const url = `${API}/events?timeMin=${encodeURIComponent(from)}&timeMax=${encodeURIComponent(to)}&singleEvents=true`;
    const res = await fetch(url, { headers: this.headers() });
    if (!res.ok) throw new Error(`calendar API ${res.status}`);
    const body = (await res.json()) as { items: unknown[] };
    return body.items;
  }

  async createEvent(ev: NewEvent) {
    const res = await fetch(`${API}/events`, {
      method: "POST",
      headers: this.headers(),
      body: JSON.stringify({
        summary: ev.title,
        start: { dateTime: ev.start },
        end: { dateTime: ev.end },
        attendees: ev.attendees.map((email) => ({ email })),
      }),
    });
    return (await res.json()) as { id: string };
  }

  async deleteEvent(id: string) {
    await fetch(`${API}/events/${id}`, { method: "DELETE", headers: this.headers() });
  }
}
