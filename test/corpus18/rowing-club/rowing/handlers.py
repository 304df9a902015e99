from . import db, net
from .models import BookingRequest, EntryQuery, ErgImport


async def book_boat(arguments: dict) -> dict:
    req = BookingRequest.model_validate(arguments)
    booking_id = db.insert_booking(req.boat, req.crew, req.start, req.minutes)
    return {"booking": booking_id}


async def my_bookings(arguments: dict) -> list[dict]:
    member = arguments["member"]
    return db.bookings_for(member, int(arguments.get("days", 7)))


async def import_erg(arguments: dict) -> dict:
    req = ErgImport.model_validate(arguments)
    payload = await net.fetch_json(req.source_url)
    db.save_erg_result(req.member, payload)
    return {"imported": True}


async def import_verified_erg(arguments: dict) -> dict:
    req = ErgImport.model_validate(arguments)
    payload = await net.fetch_checked(req.source_url)
    db.save_erg_result(req.member, payload)
    return {"imported": True}


async def regatta_entries(arguments: dict) -> dict:
    q = EntryQuery.model_validate(arguments)
    return await net.fetch_entries(q.regatta_id, q.event)


DISPATCH = {
    "book_boat": book_boat,
    "my_bookings": my_bookings,
    "import_erg": import_erg,
    "import_verified_erg": import_verified_erg,
    "regatta_entries": regatta_entries,
}
