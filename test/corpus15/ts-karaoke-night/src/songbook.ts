import Database from "better-sqlite3";

export interface SongRow {
  id: number;
  artist: string;
  title: string;
  media_path: string;
}

export interface QueueRow {
  position: number;
  singer: string;
  title: string;
  mediaPath: string;
}

const SORT_COLUMNS: Record<string, string> = {
  position: "q.position",
  singer: "q.singer COLLATE NOCASE",
  added: "q.added_at",
};

export class Songbook {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.exec(`CREATE TABLE IF NOT EXISTS songs (id INTEGER PRIMARY KEY, artist TEXT, title TEXT, media_path TEXT);
      CREATE TABLE IF NOT EXISTS queue (position INTEGER PRIMARY KEY AUTOINCREMENT, singer TEXT, song_id INTEGER, added_at TEXT DEFAULT CURRENT_TIMESTAMP);`);
  }

  search(query: string): SongRow[] {
    const like = `%${query.trim()}%`;
    // ruleid: tool-input-to-sql
    return this.db.prepare(`SELECT id, artist, title, media_path FROM songs WHERE title LIKE '${like}' OR artist LIKE '${like}' LIMIT 50`).all() as SongRow[];
  }

  enqueue(singer: string, songId: number): number {
    // ok: tool-input-to-sql
    const info = this.db.prepare("INSERT INTO queue (singer, song_id) VALUES (?, ?)").run(singer, songId);
    return Number(info.lastInsertRowid);
  }

  queue(sortBy: string): QueueRow[] {
    const order = SORT_COLUMNS[sortBy] ?? SORT_COLUMNS.position;
    // ok: tool-input-to-sql
    return this.db.prepare(`SELECT q.position, q.singer, s.title, s.media_path AS mediaPath FROM queue q JOIN songs s ON s.id = q.song_id ORDER BY ${order}`).all() as QueueRow[];
  }

  popNext(): QueueRow | undefined {
    const row = this.db.prepare("SELECT q.position, q.singer, s.title, s.media_path AS mediaPath FROM queue q JOIN songs s ON s.id = q.song_id ORDER BY q.position LIMIT 1").get() as QueueRow | undefined;
    if (row) this.db.prepare("DELETE FROM queue WHERE position = ?").run(row.position);
    return row;
  }

  importMany(songs: Array<{ artist?: unknown; title?: unknown; mediaPath?: unknown }>): number {
    const insert = this.db.prepare("INSERT INTO songs (artist, title, media_path) VALUES (?, ?, ?)");
    const tx = this.db.transaction((rows: typeof songs) => {
      let n = 0;
      for (const s of rows) {
        if (typeof s.artist !== "string" || typeof s.title !== "string" || typeof s.mediaPath !== "string") continue;
        insert.run(s.artist, s.title, s.mediaPath);
        n++;
      }
      return n;
    });
    return tx(songs);
  }
}
