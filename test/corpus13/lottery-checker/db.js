import { Sequelize, QueryTypes } from "sequelize";
import serialize from "node-serialize";

const sequelize = new Sequelize(process.env.LOTTERY_DB ?? "sqlite:lottery.sqlite", { logging: false });

export async function ticketsFor(player, game) {
  // ok: tool-input-to-sql
  return sequelize.query("SELECT numbers FROM tickets WHERE player = :player AND game = :game", { replacements: { player, game }, type: QueryTypes.SELECT });
}

export async function winnersByGame(minMatches, orderBy) {
  const sql = `SELECT game, player, matches FROM results WHERE matches >= ${Number(minMatches)} ORDER BY ${orderBy}`;
  // ruleid: tool-input-to-sql
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}

export async function saveTicket({ player, game, numbers }) {
  const [id] = await sequelize.query("INSERT INTO tickets (player, game, numbers) VALUES ($1, $2, $3)", { bind: [player, game, numbers], type: QueryTypes.INSERT });
  return id;
}

export async function importTickets(blob) {
  // ruleid: unsafe-deserialization
  const legacy = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
  let count = 0;
  for (const t of legacy.tickets ?? []) {
    await saveTicket({ player: String(t.owner), game: String(t.game), numbers: String(t.numbers) });
    count++;
  }
  return count;
}
