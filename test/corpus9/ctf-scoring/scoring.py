def award(db, team: str, challenge: str, digest: str) -> str:
    row = db.execute("SELECT points FROM challenges WHERE slug = ? AND flag_sha256 = ?", (challenge, digest)).fetchone()
    if row is None:
        return "wrong flag"
    db.execute("INSERT OR IGNORE INTO solves (team, challenge) VALUES (?, ?)", (team, challenge))
    db.commit()
    return f"correct: +{row[0]}"


def scoreboard(db, division: str) -> list:
    query = f"SELECT t.name, SUM(c.points) FROM solves s JOIN teams t ON t.name = s.team JOIN challenges c ON c.slug = s.challenge WHERE t.division = '{division}' GROUP BY t.name ORDER BY 2 DESC"
    # ruleid: tool-input-to-sql
    return db.execute(query).fetchall()
