"""An outbox item rendered in its recipient's language, time zone and channel wording."""

from __future__ import annotations

from datetime import datetime

from bot.calendar import ics
from bot.channels.base import RenderedMessage
from bot.i18n import Catalogue, Rendering
from bot.tree_picture import draw_tree
from handlers.core.values import MenuEntry
from storage.outbox import OutboxItem


def render(catalogue: Catalogue, item: OutboxItem, variant: str, now: datetime) -> RenderedMessage:
    """Render an outbox item's reply, choice labels and calendar in the recipient's language."""
    to = Rendering(language=item.language, timezone=item.timezone, channel=variant)
    reply = item.reply
    attachments = reply.attachments
    if reply.calendar is not None:
        attachments = (*attachments, ics(reply.calendar, catalogue, to, now))
    if reply.picture is not None and variant != "sms":
        # SMS cannot show an image; the text says the same in short.
        attachments = (*attachments, draw_tree(reply.picture, catalogue, to))
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
