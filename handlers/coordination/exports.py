"""``/export <what> [period] [contacts]``: a CSV document of participants or meetings.

Every feature may add tables (``Feature.exports``). Contact details (name, phone, Telegram id)
are left out unless the coordinator adds ``contacts`` (``coordonnees``), and that request is
written to the audit log. Files travel only on Telegram; by SMS the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.coordination.numbers import period_of
from handlers.coordination.numbers_ports import numbers_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.feature import EXPORT_ROWS, Export, ExportRequest
from handlers.core.parsing import normalize
from handlers.core.period import Span, parse_span
from handlers.core.values import Reply, Table

CONTACT_WORDS = frozenset({"contacts", "contact", "coordonnees"})
PARTICIPANT_COLUMNS = (
    "numbers-col-id", "numbers-col-role", "numbers-col-status", "numbers-col-sector",
    "numbers-col-city", "numbers-col-language", "numbers-col-registered", "numbers-col-held",
    "numbers-col-missed",
)  # fmt: skip
CONTACT_COLUMNS = ("numbers-col-name", "numbers-col-phone", "numbers-col-telegram")
MEETING_COLUMNS = (
    "numbers-col-id", "numbers-col-connector", "numbers-col-newcomer", "numbers-col-starts",
    "numbers-col-status", "numbers-col-requested", "numbers-col-absent", "numbers-col-reporter",
)  # fmt: skip


@dataclass(frozen=True)
class ExportAsk:
    """What was typed: the table's name, the period, and whether contacts were asked for."""

    name: str
    span: Span
    contacts: bool


def parse_export(text: str) -> ExportAsk | Invalid:
    """``participants``, ``meetings month``, ``participants contacts``, ``rencontres annee``."""
    words = normalize(text).split()
    contacts = any(word in CONTACT_WORDS for word in words)
    words = [word for word in words if word not in CONTACT_WORDS]
    if not words:
        return Invalid("numbers-usage-export")
    span = parse_span(" ".join(words[1:]))
    if isinstance(span, Invalid):
        return Invalid("numbers-usage-export")
    return ExportAsk(name=words[0], span=span, contacts=contacts)


def with_contacts(ask: ExportAsk) -> bool:
    """An export with contacts is asked about first (and by SMS, the PIN)."""
    return ask.contacts


async def export(ctx: Ctx, ask: ExportAsk) -> Result:
    """Send the table as a CSV document (on Telegram), auditing a request for contacts."""
    chosen = ctx.features.export(ask.name)
    if chosen is None:
        return [Reply(key="numbers-usage-export")]
    contacts = ask.contacts and chosen.contacts
    english = chosen.names["en"]
    await ctx.tx.audit(ctx.participant.id, "admin-export-contacts" if contacts else "admin-export",
                       english)  # fmt: skip
    if ctx.by_sms:
        # Files cannot travel by SMS; nothing personal is put in a message that cannot carry it.
        return [Reply(key="numbers-export-telegram-only")]
    table = await chosen.run(
        ctx, ExportRequest(period=period_of(ctx, ask.span), contacts=contacts)
    )
    name = chosen.names[ctx.participant.language]
    return [
        Reply(
            key="numbers-export-ready",
            args={"name": name, "rows": len(table.rows), "contacts": "yes" if contacts else "no"},
            table=table,
        )
    ]


async def participants_table(ctx: Ctx, request: ExportRequest) -> Table:
    """Participants registered by the end of the period."""
    rows = await numbers_store(ctx.tx).participant_rows(request.period, request.contacts,
                                                        EXPORT_ROWS)  # fmt: skip
    columns = PARTICIPANT_COLUMNS + (CONTACT_COLUMNS if request.contacts else ())
    return Table(filename="participants.csv", columns=columns, rows=tuple(rows))


async def meetings_table(ctx: Ctx, request: ExportRequest) -> Table:
    """Meetings starting in the period."""
    rows = await numbers_store(ctx.tx).meeting_rows(request.period, EXPORT_ROWS)
    return Table(filename="meetings.csv", columns=MEETING_COLUMNS, rows=tuple(rows))


EXPORTS = (
    Export(names={"en": "participants", "fr": "participants"}, run=participants_table,
           contacts=True),
    Export(names={"en": "meetings", "fr": "rencontres"}, run=meetings_table),
)  # fmt: skip
