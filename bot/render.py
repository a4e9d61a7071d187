"""An outbox item rendered in its recipient's language, time zone and channel wording."""

from __future__ import annotations

from datetime import datetime

from bot.calendar import ics
from bot.channels.base import RenderedMessage
from bot.charts import png
from bot.i18n import Catalogue, Rendering
from bot.tables import csv_file
from handlers.core.values import MenuEntry
from storage.outbox import OutboxItem


def render(catalogue: Catalogue, item: OutboxItem, variant: str, now: datetime) -> RenderedMessage:
    """Render an outbox item's reply, choice labels and calendar in the recipient's language."""
    to = Rendering(language=item.language, timezone=item.timezone, channel=variant)
    reply = item.reply
    attachments = reply.attachments
    if reply.calendar is not None:
        attachments = (*attachments, ics(reply.calendar, catalogue, to, now))
    if variant != "sms":
        # Files cannot travel by SMS: charts and tables are not even drawn for it.
        attachments = (*attachments, *(png(chart, catalogue, to) for chart in reply.charts))
        if reply.table is not None:
            attachments = (*attachments, csv_file(reply.table, catalogue, to))
    return RenderedMessage(
        reference=str(item.id),
        text=catalogue.render(reply.key, reply.args, to),
        choices=tuple(
            MenuEntry(
                id=choice.id,
                label=catalogue.render(choice.label, choice.args, to),
                means=choice.means,
            )
            for choice in reply.choices
        ),
        attachments=attachments,
    )
