"""Reading answers to a notification's question generously, and numbers one way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.core.parsing import leading_number, pick_from_menu, read_generously
from handlers.core.values import MenuEntry
from handlers.referrals.invite import says_no

MET = [
    MenuEntry(id="met:1:yes", label="Yes", means="yes"),
    MenuEntry(id="met:1:no", label="No", means="no"),
]
REMINDER = [
    MenuEntry(id="confirm:1", label="Oui, j'y serai", means="yes"),
    MenuEntry(id="move:1", label="Il me faut une autre heure"),
    MenuEntry(id="cancel:1", label="Annuler la rencontre"),
]
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàç'", min_size=1, max_size=8), max_size=4
)
YES_WORDS = st.sampled_from(["yes", "Yes", "oui", "Oui", "OUI", "ouais", "ok", "yep", "sure"])
NO_WORDS = st.sampled_from(["no", "No", "non", "Non", "NON", "nope"])


@given(opening=YES_WORDS, rest=WORDS)
def test_a_leading_yes_picks_the_yes_option(opening: str, rest: list[str]) -> None:
    text = ", ".join([opening, " ".join(rest)]) if rest else opening
    assert read_generously(text, MET, numbered=False) == "met:1:yes"
    assert read_generously(text, REMINDER, numbered=False) == "confirm:1"


@given(opening=NO_WORDS, rest=WORDS)
def test_a_leading_no_picks_the_no_option(opening: str, rest: list[str]) -> None:
    text = " ".join([opening, *rest])
    assert read_generously(text, MET, numbered=False) == "met:1:no"


@given(number=st.integers(min_value=1, max_value=3), rest=WORDS)
def test_the_number_with_extra_words_picks_that_option(number: int, rest: list[str]) -> None:
    text = " ".join([str(number), *rest])
    assert read_generously(text, REMINDER, numbered=True) == REMINDER[number - 1].id


@given(number=st.integers(min_value=1, max_value=3), rest=WORDS)
def test_numbers_count_only_where_the_options_were_numbered(number: int, rest: list[str]) -> None:
    text = " ".join([str(number), *rest])
    picked = read_generously(text, REMINDER, numbered=False)
    assert picked in (None, "confirm:1")  # only a yes word among the extra words picks


@given(text=st.text(max_size=12))
def test_numbers_are_ascii_digits_only(text: str) -> None:
    number = leading_number(text)
    if number is not None:
        # ASCII digits, or full-width ones (East Asian keyboards), which mean the same.
        first = text.strip(" \t\r\n.,;:!?)(\"'").lstrip("#")[:1]
        assert first in "0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"


# Superscript two, Ethiopic one, Arabic-Indic one and three.
@pytest.mark.parametrize("text", ["\u00b2", "\u1369", "\u0661", "\u0663 oui"])
def test_digits_of_other_scripts_are_not_numbers(text: str) -> None:
    assert leading_number(text) is None
    assert pick_from_menu(text, REMINDER) is None
    assert read_generously(text, REMINDER, numbered=True) != REMINDER[1].id


def test_full_width_digits_mean_the_same_number() -> None:
    assert leading_number("\uff12 oui") == 2
    assert pick_from_menu("\uff12", REMINDER) == "move:1"


def test_the_label_with_extra_words_picks_it() -> None:
    said = "Il me faut une autre heure svp"
    assert read_generously(said, REMINDER, numbered=True) == "move:1"


def test_unrelated_words_pick_nothing() -> None:
    assert read_generously("peut-être demain", MET, numbered=True) is None


@given(opening=NO_WORDS | st.sampled_from(["NO", "No thanks", "non merci", "Non, merci!"]),
       rest=WORDS)  # fmt: skip
def test_an_invited_persons_no_in_words_declines(opening: str, rest: list[str]) -> None:
    assert says_no(" ".join([opening, *rest]))


@given(opening=YES_WORDS | st.sampled_from(["JOIN", "Who", "Bonjour", "maybe"]), rest=WORDS)
def test_anything_but_a_no_never_declines_an_invitation(opening: str, rest: list[str]) -> None:
    assert not says_no(" ".join([opening, *rest]))
