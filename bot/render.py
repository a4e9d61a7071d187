"""An outbox item rendered in its recipient's language, time zone and channel wording."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from bot.calendar import ics
from bot.certificate import certificate_file
from bot.channels.base import RenderedMessage
from bot.charts import png
from bot.i18n import Catalogue, Rendering
from bot.sms_fit import fit
from bot.tables import csv_file
from bot.tree_picture import draw_tree
from handlers.core.values import MenuEntry, Reply
from storage.outbox import OutboxItem


def render(catalogue: Catalogue, item: OutboxItem, variant: str, now: datetime) -> RenderedMessage:
    """Render an outbox item's reply, choice labels and calendar in the recipient's language."""
    to = Rendering(language=item.language, timezone=item.timezone, channel=variant)
    return render_reply(catalogue, item.reply, to, now, reference=str(item.id))


def render_reply(
    catalogue: Catalogue,
    reply: Reply,
    to: Rendering,
    now: datetime,
    reference: str | None = None,
) -> RenderedMessage:
    """Render ``reply`` for one reader; on SMS, fitted into two segments (bot/sms_fit.py)."""
    attachments = reply.attachments
    if reply.calendar is not None:
        attachments = (*attachments, ics(reply.calendar, catalogue, to, now))
    if reply.picture is not None and to.channel != "sms":
        # SMS cannot show an image; the text says the same in short.
        attachments = (*attachments, draw_tree(reply.picture, catalogue, to))
    if to.channel != "sms":
        # Files cannot travel by SMS: charts and tables are not even drawn for it.
        attachments = (*attachments, *(png(chart, catalogue, to) for chart in reply.charts))
        if reply.table is not None:
            attachments = (*attachments, csv_file(reply.table, catalogue, to))
        if reply.certificate is not None:
            attachments = (*attachments, certificate_file(reply.certificate, catalogue, to))
    text = catalogue.compose(reply.key, reply.args, to)
    labels = [catalogue.compose(choice.label, choice.args, to) for choice in reply.choices]

    def lay(fold: bool, cuts: Mapping[str, int], latin: frozenset[str]) -> RenderedMessage:
        return RenderedMessage(
            reference=reference,
            text=text.text(fold, cuts, latin),
            choices=tuple(
                MenuEntry(id=choice.id, label=label.text(fold, cuts, latin), means=choice.means)
                for choice, label in zip(reply.choices, labels, strict=True)
            ),
            attachments=attachments,
            command_roles=reply.command_roles,
        )

    if to.channel == "sms":
        return fit([text, *labels], lay)
    return lay(False, {}, frozenset())
