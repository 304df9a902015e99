from typing import Callable

import jobs

HANDLERS: dict[str, Callable[[dict], str]] = {
    "find_jobs": jobs.find_jobs,
    "job_history": jobs.job_history,
    "assign": jobs.assign,
    "attach_photo": jobs.attach_photo,
}

SCHEMAS = {
    "find_jobs": {"type": "object", "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}, "required": ["zip"]},
    "job_history": {"type": "object", "properties": {"status": {"type": "string"}, "plumber": {"type": "string"}}},
    "assign": {"type": "object", "properties": {"job_id": {"type": "integer"}, "plumber": {"type": "string"}}, "required": ["job_id", "plumber"]},
    "attach_photo": {"type": "object", "properties": {"job_id": {"type": "string"}, "filename": {"type": "string"}, "hex": {"type": "string"}}, "required": ["job_id", "filename", "hex"]},
}


def run(name: str, arguments: dict) -> str:
    try:
        handler = HANDLERS[name]
    except KeyError:
        raise ValueError(f"unknown tool {name}") from None
    return handler(arguments)
