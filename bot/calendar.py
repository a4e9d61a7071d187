"""Calendar files (.ics) for meeting confirmations, in the recipient's language."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event

from bot.i18n import Catalogue, Rendering
from handlers.core.values import Attachment, CalendarEvent


def ics(event: CalendarEvent, catalogue: Catalogue, to: Rendering, stamp: datetime) -> Attachment:
    """Render ``event`` as an iCalendar file; a later file with the same UID replaces it."""
    calendar = Calendar()
    calendar.add("prodid", "-//connector-bot//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if event.cancelled else "PUBLISH")
    entry = Event()
    entry.add("uid", event.uid)
    entry.add("dtstamp", stamp)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", catalogue.render(event.title, event.args, to))
    if event.location:
        entry.add("location", event.location)
    if event.cancelled:
        entry.add("status", "CANCELLED")
    calendar.add_component(entry)
    # Named in the reader's language ("rencontre.ics"): it is what their calendar app shows.
    name = catalogue.render("calendar-file", {}, to)
    return Attachment(filename=f"{name}.ics", media_type="text/calendar", data=calendar.to_ical())
