def lessons_query(teacher: str, subjects: list[str]) -> tuple[str, tuple]:
    sql = "SELECT day, period, subject, class_code, room FROM lessons WHERE teacher = %s"
    params: tuple = (teacher,)
    if subjects:
        sql += " AND subject IN (" + ", ".join(["%s"] * len(subjects)) + ")"
        params += tuple(subjects)
    return sql + " ORDER BY day, period", params


def free_rooms_query(day: str, period: int, building: str) -> str:
    clauses = [f"r.id NOT IN (SELECT room FROM lessons WHERE day = '{day}' AND period = {int(period)})"]
    if building:
        clauses.append("r.building = '%s'" % building)
    return "SELECT r.id, r.capacity FROM rooms r WHERE " + " AND ".join(clauses)
