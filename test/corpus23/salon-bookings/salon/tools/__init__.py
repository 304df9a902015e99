from . import bookings, clients  # noqa: F401
