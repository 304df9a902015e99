from typing import Annotated, Literal

from pydantic import Field

from swim.db import results_for_event


# ok: weak-input-schema
def event_results(event: Annotated[int, Field(ge=1, le=80)], gender: Literal["F", "M", "X"]) -> list[dict]:
    """Results of an event."""
    return results_for_event(event, gender)


TOOLS = [event_results]
