from db import fetch_all, execute
from queries import lessons_query, free_rooms_query

DAYS = ("mon", "tue", "wed", "thu", "fri")


def class_timetable(class_code: str, day: str = "mon"):
    if day not in DAYS:
        raise ValueError("day must be mon..fri")
    # ok: tool-input-to-sql
    return fetch_all("SELECT period, subject, teacher, room FROM lessons WHERE class_code = %s AND day = %s ORDER BY period", (class_code, day))


def teacher_week(teacher: str, subjects: list[str] | None = None):
    sql, params = lessons_query(teacher, subjects or [])
    return fetch_all(sql, params)


def free_rooms(day: str, period: int, building: str = ""):
    return fetch_all(free_rooms_query(day, period, building))


def move_lesson(lesson_id: int, room: str):
    execute("UPDATE lessons SET room = %s WHERE id = %s", (room, lesson_id))
    return {"moved": lesson_id, "room": room}


HANDLERS = {
    "class_timetable": class_timetable,
    "teacher_week": teacher_week,
    "free_rooms": free_rooms,
    "move_lesson": move_lesson,
}

TOOL_SCHEMAS = {
    "class_timetable": ("A class's lessons on one day", {"type": "object", "properties": {"class_code": {"type": "string", "pattern": "^[0-9]{1,2}[a-z]$"}, "day": {"type": "string", "enum": list(DAYS)}}, "required": ["class_code"]}),
    "teacher_week": ("A teacher's lessons this week, optionally only some subjects", {"type": "object", "properties": {"teacher": {"type": "string"}, "subjects": {"type": "array", "items": {"type": "string"}}}, "required": ["teacher"]}),
    "free_rooms": ("Rooms free at a day and period", {"type": "object", "properties": {"day": {"type": "string"}, "period": {"type": "integer"}, "building": {"type": "string"}}, "required": ["day", "period"]}),
    # ruleid: weak-input-schema
    "move_lesson": ("Move a lesson to another room", {"type": "object"}),
}
