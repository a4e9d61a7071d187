"""The certificate of completion: a one-page landscape PDF a person would frame.

fpdf2 draws it with the DejaVu fonts that matplotlib already ships (no font file of our own
to keep), which cover accented Latin, Latin Extended and Vietnamese ("Nguyễn Thị Minh Khai").
HarfBuzz shapes the text, so combining marks sit on their letters and right-to-left names read
right to left. Every block is fitted to its box: a long name shrinks, then wraps, and at the
very last is cut with an ellipsis, so nothing ever runs past the border.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import matplotlib
from babel.dates import format_date
from babel.numbers import format_decimal
from fpdf import FPDF
from fpdf.fonts import TTFFont

from bot.i18n import BABEL_LOCALES, Catalogue, Rendering
from handlers.core.values import Attachment, Certificate, Language

log = logging.getLogger(__name__)

# US Letter, landscape, in millimetres: what Canadian printers hold.
WIDTH, HEIGHT = 279.4, 215.9
MARGIN = 34.0  # from the page edge to where text may start, inside the borders
TEXT_WIDTH = WIDTH - 2 * MARGIN
NAVY = (27, 54, 93)
GOLD = (176, 141, 63)
INK = (40, 40, 40)
PT = 0.3528  # millimetres in a point
LEADING = 1.25
ELLIPSIS = "…"
# The lines a letter of participation words differently (``certificate-participation-*``).
PARTICIPATION = frozenset({"certificate-title", "certificate-presented", "certificate-completed",
                           "certificate-dates", "certificate-document-title"})  # fmt: skip
# Bidi controls (a name carrying them could reorder the words around it) and the zero-width
# joiner, which only glues emoji the fonts do not have.
_DROPPED = frozenset("\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Persian writes some words with a zero-width non-joiner, so it stays.
ZWNJ = "\u200c"
_FONT_FILES = {
    "serif": "DejaVuSerif.ttf",
    "serif-b": "DejaVuSerif-Bold.ttf",
    "serif-i": "DejaVuSerif-Italic.ttf",
    "sans": "DejaVuSans.ttf",
    "sans-b": "DejaVuSans-Bold.ttf",
}


@dataclass(frozen=True)
class CertificateText:
    """What a certificate says, as plain values; the wording comes from the catalogue."""

    language: Language
    programme_en: str
    programme_fr: str
    person: str
    start: date
    end: date
    hours: float
    signatory: str
    organisation: str
    completed: bool = True
    weeks: int = 0

    @property
    def programme(self) -> str:
        """The programme's name in the person's language."""
        return self.programme_fr if self.language == "fr" else self.programme_en


@dataclass(frozen=True)
class Fitted:
    """A block of text fitted to its box: its font, the size in points and its lines."""

    style: str
    size: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        """How tall the block is, in millimetres."""
        return len(self.lines) * self.size * PT * LEADING


@dataclass(frozen=True)
class Box:
    """Where a block may go: its top and height in millimetres, across the text width."""

    top: float
    height: float
    width: float = TEXT_WIDTH

    def lines_at(self, size: float) -> int:
        """How many lines of ``size`` points fit in the box (always at least one)."""
        return max(int(self.height // (size * PT * LEADING)), 1)


def written_date(day: date, language: Language) -> str:
    """A date as people write it on a document: "November 1, 2026", "1er novembre 2026"."""
    if language == "fr":
        month = format_date(day, "MMMM", locale=BABEL_LOCALES["fr"])
        return f"{day.day}{'er' if day.day == 1 else ''} {month} {day.year}"
    return str(format_date(day, "long", locale=BABEL_LOCALES["en"]))


def written_hours(hours: float, language: Language) -> int | str:
    """Whole hours as a number (so the catalogue picks hour or hours), else "24.5" / "24,5"."""
    rounded = round(hours, 1)
    if rounded == int(rounded):
        return int(rounded)
    return str(format_decimal(rounded, locale=BABEL_LOCALES[language]))


@cache
def _font_path(key: str) -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / _FONT_FILES[key]


def glyphs(pdf: FPDF) -> frozenset[int]:
    """Every code point the fonts loaded in ``pdf`` (main and fallback) can draw."""
    points: set[int] = set()
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            points.update(font.cmap)
    return frozenset(points)


def printable(text: str, covered: frozenset[int]) -> str:
    """``text`` as it can be printed: composed, without controls or glyphs the fonts lack.

    A name in a script the fonts do not cover (Chinese, for one) loses those characters; the
    count is logged, never the name.
    """
    kept: list[str] = []
    dropped = 0
    for char in unicodedata.normalize("NFC", text):
        if char.isspace():
            kept.append(" ")
        elif char in _DROPPED or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            continue
        elif ord(char) in covered or char == ZWNJ:
            kept.append(char)
        else:
            dropped += 1
    if dropped:
        log.warning("certificate: %d characters have no glyph in the fonts", dropped)
    return " ".join("".join(kept).split())


def fit(pdf: FPDF, text: str, style: str, sizes: tuple[float, float], box: Box) -> Fitted:
    """Fit ``text`` into ``box`` in the font ``style``, between the ``sizes`` (largest first).

    One line is preferred down to two thirds of the largest size; below that the text may
    wrap onto as many lines as the box is tall for. At the smallest size, what still does not
    fit is cut with an ellipsis, so the block never leaves its box.
    """
    largest, smallest = sizes
    size = largest
    while True:
        pdf.set_font(style, size=size)
        if pdf.get_string_width(text) <= box.width:
            return Fitted(style, size, (text,))
        room = box.lines_at(size)
        if size <= largest * 2 / 3 and room > 1:
            lines = list(_wrap(pdf, text, box.width))
            if len(lines) <= room:
                return Fitted(style, size, tuple(lines))
        if size <= smallest:
            break
        size = max(size - 1, smallest)
    lines = list(_wrap(pdf, text, box.width))
    if len(lines) > room:
        lines = [*lines[: room - 1], _cut(pdf, " ".join(lines[room - 1 :]), box.width)]
    return Fitted(style, size, tuple(lines))


def _wrap(pdf: FPDF, text: str, width: float) -> Iterator[str]:
    """Break ``text`` at spaces into lines no wider than ``width``; a long word is split."""
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if pdf.get_string_width(candidate) <= width:
            line = candidate
            continue
        if line:
            yield line
        line = word
        while pdf.get_string_width(line) > width:
            cut = _longest_prefix(pdf, line, width)
            yield line[:cut]
            line = line[cut:]
    if line:
        yield line


def _longest_prefix(pdf: FPDF, text: str, width: float) -> int:
    """How many characters of ``text`` fit in ``width`` (at least one, so wrapping ends)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if pdf.get_string_width(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _cut(pdf: FPDF, text: str, width: float) -> str:
    """``text`` cut to fit ``width`` with an ellipsis at the end."""
    room = width - pdf.get_string_width(ELLIPSIS)
    return text[: _longest_prefix(pdf, text, room)].rstrip() + ELLIPSIS


def render_certificate(c: CertificateText, catalogue: Catalogue | None = None) -> bytes:
    """Draw the certificate for ``c`` in its language and return the PDF's bytes.

    Args:
        c: what the certificate says.
        catalogue: the bot's catalogue (the packaged one when not given).
    """
    words = catalogue or Catalogue()
    to = Rendering(language=c.language, timezone="UTC", channel="document")
    with blank_page(c.language) as pdf:
        covered = glyphs(pdf)
        name = printable(c.person, covered)
        programme = printable(c.programme, covered)
        args: dict[str, str | int] = {
            "name": name,
            "programme": programme,
            "start": written_date(c.start, c.language),
            "end": written_date(c.end, c.language),
            "hours": written_hours(c.hours, c.language),
            "weeks": c.weeks,
        }

        def say(key: str) -> str:
            # A letter of participation says what happened in its own words where they differ.
            if not c.completed and key in PARTICIPATION:
                key = key.replace("certificate-", "certificate-participation-", 1)
            return printable(words.render(key, args, to), covered)

        pdf.set_title(say("certificate-document-title"))
        _frame(pdf)
        _draw(pdf, printable(c.organisation, covered), "sans", (12, 8), Box(24, 8), GOLD)
        _draw(pdf, say("certificate-title"), "serif-b", (34, 20), Box(34, 18), NAVY)
        _rule(pdf, WIDTH / 2 - 30, WIDTH / 2 + 30, 56, 0.6)
        _draw(pdf, say("certificate-presented"), "serif-i", (14, 10), Box(62, 8))
        _draw(pdf, name, "serif-b", (40, 14), Box(72, 32), NAVY)
        _rule(pdf, MARGIN + 20, WIDTH - MARGIN - 20, 107, 0.3)
        _draw(pdf, say("certificate-completed"), "serif-i", (14, 9), Box(110, 8))
        _draw(pdf, programme, "serif-b", (22, 12), Box(119, 22), NAVY)
        _draw(pdf, say("certificate-dates"), "serif", (14, 9), Box(144, 8))
        _draw(pdf, say("certificate-hours"), "serif", (14, 9), Box(152, 8))
        _signature(pdf, printable(c.signatory, covered), say("certificate-signatory-role"))
        return bytes(pdf.output())


@contextmanager
def blank_page(language: Language) -> Iterator[FPDF]:
    """A blank landscape Letter page with the fonts loaded, no automatic page breaks.

    fpdf2 keeps each font file open until the font is closed, so they are closed on exit.
    """
    pdf = FPDF(orientation="landscape", unit="mm", format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_lang(language)
    pdf.set_creator("connector-bot")
    for key in _FONT_FILES:
        pdf.add_font(key, "", str(_font_path(key)))
    pdf.set_fallback_fonts(["sans"], exact_match=False)
    pdf.set_text_shaping(True)
    pdf.add_page()
    try:
        yield pdf
    finally:
        for font in pdf.fonts.values():
            if isinstance(font, TTFFont):
                font.close()


def _frame(pdf: FPDF) -> None:
    """A cream page with a navy outer border and a thin gold inner one."""
    pdf.set_fill_color(253, 250, 240)
    pdf.rect(0, 0, WIDTH, HEIGHT, style="F")
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(2.0)
    pdf.rect(9, 9, WIDTH - 18, HEIGHT - 18)
    pdf.set_draw_color(*GOLD)
    pdf.set_line_width(0.5)
    pdf.rect(14, 14, WIDTH - 28, HEIGHT - 28)
    for x, y in ((14, 14), (WIDTH - 14, 14), (14, HEIGHT - 14), (WIDTH - 14, HEIGHT - 14)):
        pdf.set_fill_color(*GOLD)
        pdf.ellipse(x - 2, y - 2, 4, 4, style="F")


def _draw(
    pdf: FPDF,
    text: str,
    style: str,
    sizes: tuple[float, float],
    box: Box,
    colour: tuple[int, int, int] = INK,
) -> Fitted:
    """Fit ``text`` to ``box`` and draw it centred across the page and down the box."""
    block = fit(pdf, text, style, sizes, box)
    pdf.set_font(block.style, size=block.size)
    pdf.set_text_color(*colour)
    step = block.size * PT * LEADING
    top = box.top + max(box.height - block.height, 0) / 2
    for index, line in enumerate(block.lines):
        pdf.set_xy((WIDTH - box.width) / 2, top + index * step)
        pdf.cell(w=box.width, h=step, text=line, align="C")
    return block


def _rule(pdf: FPDF, left: float, right: float, y: float, thickness: float) -> None:
    """A gold horizontal rule."""
    pdf.set_draw_color(*GOLD)
    pdf.set_line_width(thickness)
    pdf.line(left, y, right, y)


def _signature(pdf: FPDF, signatory: str, role: str) -> None:
    """The signature line with the coordinator's name and role under it."""
    width = 90.0
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.3)
    pdf.line(WIDTH / 2 - width / 2, 180, WIDTH / 2 + width / 2, 180)
    _draw(pdf, signatory, "serif", (12, 8), Box(181, 6, width))
    _draw(pdf, role, "serif-i", (11, 8), Box(187, 6, width))


def certificate_file(certificate: Certificate, catalogue: Catalogue, to: Rendering) -> Attachment:
    """A ``Certificate`` a handler sent, drawn as a PDF in the recipient's language."""
    text = CertificateText(
        language=to.language,
        programme_en=certificate.programme_en,
        programme_fr=certificate.programme_fr,
        person=certificate.name,
        start=certificate.start,
        end=certificate.end,
        hours=certificate.hours,
        signatory=certificate.signatory,
        organisation=certificate.organisation,
        completed=certificate.completed,
        weeks=certificate.weeks,
    )
    data = render_certificate(text, catalogue)
    return Attachment(filename=certificate.filename, media_type="application/pdf", data=data)
