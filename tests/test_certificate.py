"""The certificate of completion: the PDF says the right things in both languages, draws a
real page, and no name, however hostile, breaks it or runs past its box."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from datetime import date

import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bot.certificate import (
    TEXT_WIDTH,
    Box,
    CertificateText,
    blank_page,
    fit,
    glyphs,
    printable,
    render_certificate,
    written_date,
)
from bot.i18n import Catalogue
from handlers.core.values import Language

CATALOGUE = Catalogue()
LETTER_LANDSCAPE = (792, 612)  # points


def certificate(language: Language, person: str, **changes: object) -> CertificateText:
    """A Career Mentoring Program certificate for ``person``; ``changes`` override fields."""
    values: dict[str, object] = {
        "language": language,
        "programme_en": "Career Mentoring Program",
        "programme_fr": "Programme de mentorat professionnel",
        "person": person,
        "start": date(2026, 11, 1),
        "end": date(2027, 2, 1),
        "hours": 24,
        "signatory": "Amélie Tremblay",
        "organisation": "Ottawa Community Immigrant Services Organization",
        **changes,
    }
    return CertificateText(**values)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    """The PDF's text as a reader would copy it: composed, one space between words."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_french_certificate_has_the_name_dates_and_hours_in_french() -> None:
    pdf = render_certificate(certificate("fr", "Marie-Hélène Côté", hours=24.5), CATALOGUE)
    text = text_of(pdf)
    assert "Certificat de réussite" in text
    assert "Marie-Hélène Côté" in text
    assert "Programme de mentorat professionnel" in text
    assert "du 1er novembre 2026 au 1er février 2027" in text
    assert "24,5 heures de mentorat" in text
    assert "Amélie Tremblay" in text
    assert "Career Mentoring Program" not in text


def test_english_certificate_has_the_name_dates_and_hours_in_english() -> None:
    pdf = render_certificate(
        certificate("en", "Nguyễn Thị Minh Khai", start=date(2026, 9, 14), end=date(2026, 12, 14)),
        CATALOGUE,
    )
    text = text_of(pdf)
    assert "Certificate of Completion" in text
    assert "Nguyễn Thị Minh Khai" in text
    assert "Career Mentoring Program" in text
    assert "from September 14, 2026 to December 14, 2026" in text
    assert "24 hours of mentoring" in text
    assert "Programme coordinator" in text


@pytest.mark.parametrize(
    ("language", "hours", "said"),
    [
        ("en", 1, "1 hour of mentoring"),
        ("en", 23.5, "23.5 hours of mentoring"),
        ("fr", 1, "1 heure de mentorat"),
        ("fr", 36, "36 heures de mentorat"),
    ],
)
def test_hours_are_written_as_the_language_writes_them(
    language: Language, hours: float, said: str
) -> None:
    assert said in text_of(render_certificate(certificate(language, "Zoë Ødegaard", hours=hours)))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_accented_and_nordic_names_print_in_both_languages(language: Language) -> None:
    pdf = render_certificate(certificate(language, "Zoë Ødegaard"), CATALOGUE)
    assert "Zoë Ødegaard" in text_of(pdf)


def test_dates_follow_each_language() -> None:
    assert written_date(date(2027, 8, 1), "fr") == "1er août 2027"
    assert written_date(date(2027, 8, 2), "fr") == "2 août 2027"
    assert written_date(date(2027, 8, 1), "en") == "August 1, 2027"


def test_the_page_is_landscape_letter_and_titled_with_the_name() -> None:
    reader = PdfReader(io.BytesIO(render_certificate(certificate("fr", "Zoë Ødegaard"))))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == LETTER_LANDSCAPE
    assert reader.metadata is not None
    assert "Zoë Ødegaard" in (reader.metadata.title or "")


def test_the_page_draws_a_border_and_large_dark_text() -> None:
    pdf = render_certificate(certificate("en", "Marie-Hélène Côté"), CATALOGUE)
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=1).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    width, height = image.size
    dark = sum(image.histogram()[:128])
    assert dark > width * height * 0.03  # border and text, not a blank page
    # The name's band (a third of the way down to a half) holds dark ink, centred.
    band = image.crop((width // 4, height * 36 // 100, width * 3 // 4, height * 46 // 100))
    assert band.getextrema()[0] < 80
    # The border: a dark line near every edge, whatever the text.
    assert image.getpixel((width // 2, int(height * 0.045))) < 100
    assert image.getpixel((int(width * 0.035), height // 2)) < 100


def test_controls_are_dropped_and_letters_composed() -> None:
    with blank_page("en") as pdf:
        covered = glyphs(pdf)
    assert printable("Zoe\u0308  \u202eevil\u202c\nname\x00", covered) == "Zoë evil name"
    assert printable("Nguyễn Thị Minh Khai", covered) == "Nguyễn Thị Minh Khai"


def test_a_name_in_a_script_the_fonts_lack_is_logged_by_count_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        pdf = render_certificate(certificate("en", "李小龙 Lee"), CATALOGUE)
    assert "Lee" in text_of(pdf)
    assert "3 characters" in caplog.text
    assert "李" not in caplog.text
    assert "Lee" not in caplog.text


def test_a_long_word_is_split_and_never_wider_than_its_box() -> None:
    with blank_page("en") as pdf:
        block = fit(pdf, "W" * 400, "serif-b", (40, 14), Box(0, 32))
        pdf.set_font(block.style, size=block.size)
        widths = [pdf.get_string_width(line) for line in block.lines]
    assert 1 < len(block.lines) <= Box(0, 32).lines_at(block.size)
    assert block.lines[-1].endswith("…")
    assert max(widths) <= TEXT_WIDTH + 0.01


# Pieces people and attackers type: accents, Vietnamese, combining marks, bidi overrides,
# right-to-left letters, emoji sequences, controls; mixed with any character at all.
PIECES = [
    *"éèêëçôœÆØåñ ễịạ-'", "\u2019", "\u0301", "\u0308", "\u202e", "\u200f", "\u200d",
    *"محمدשרה", "😀", "👩\u200d👩\u200d👧", "🇨🇦", "\x00", "\n", "\t", "李",
]  # fmt: skip
HOSTILE = st.lists(
    st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(PIECES)), max_size=200
).map("".join)
BOXES = {"serif-b": (Box(72, 32), (40.0, 14.0)), "serif": (Box(144, 8), (14.0, 9.0))}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, st.sampled_from(sorted(BOXES)))
def test_any_name_fits_its_box(name: str, style: str) -> None:
    box, sizes = BOXES[style]
    with blank_page("fr") as pdf:
        block = fit(pdf, printable(name, glyphs(pdf)), style, sizes, box)
        pdf.set_font(block.style, size=block.size)
        widths = [pdf.get_string_width(line) for line in block.lines]
    assert sizes[1] <= block.size <= sizes[0]
    assert block.height <= box.height + 0.01 or len(block.lines) == 1
    assert max(widths) <= box.width + 0.01
    assert not re.search(r"[\x00-\x1f\u202e]", "".join(block.lines))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, HOSTILE, st.sampled_from(["en", "fr"]))
def test_any_name_and_programme_make_a_one_page_pdf(
    name: str, programme: str, language: Language
) -> None:
    pdf = render_certificate(
        certificate(language, name, programme_en=programme, programme_fr=programme), CATALOGUE
    )
    assert pdf.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
