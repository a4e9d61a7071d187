"""Programmes are configuration: the built-in file, a file of one's own, and clear mistakes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_settings
from handlers.core.programmes import ProgrammesError, load_programmes, parse_programmes

EMPLOYER = """
[[programme]]
id = "vancouver"
kind = "mentorship"
access = "employer"
employer = "City of Vancouver"
name = { en = "Newcomers Mentorship", fr = "Mentorat des nouveaux arrivants" }
region = { en = "British Columbia", fr = "Colombie-Britannique" }
duration_weeks = 17
cadence = { every = "week", min_minutes = 60, target_hours = 24 }
eligibility = { mentee = ["status", "region"], mentor = ["employer", "commitment"] }
"""


def test_the_built_in_file_holds_the_connector_and_the_career_mentoring_programme() -> None:
    programmes = load_programmes()
    connector, career = programmes.programme
    assert (connector.kind, connector.cadence.min_minutes) == ("connector", 30)
    assert connector.duration_weeks is None
    assert career.name("en") == "Career Mentoring Program"
    assert career.name("fr") == "Programme de mentorat professionnel"
    # The Ottawa document's Career Mentoring Program: about three months of weekly hours.
    assert (career.kind, career.access, career.duration_weeks) == ("mentorship", "open", 13)
    assert (career.cadence.every, career.cadence.min_minutes) == ("week", 60)
    assert career.eligibility.mentee == (
        "status", "education", "clb", "region", "workshop", "objective", "resume"
    )  # fmt: skip
    assert career.eligibility.min_clb == 5
    assert career.eligibility.min_years == 2
    assert "commitment" in career.eligibility.mentor
    assert career.region("fr") == "Ontario"


def test_an_employer_hosted_programme_names_its_employer(tmp_path: Path) -> None:
    file = tmp_path / "programmes.toml"
    file.write_text(EMPLOYER, encoding="utf-8")
    settings = load_settings(programmes_file=str(file))
    (programme,) = settings.handler_config().programmes.programme
    assert programme.employer == "City of Vancouver"
    assert programme.cadence.target_hours == 24


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[programme]\nid=", "programmes.toml: not valid TOML"),
        ("", "programmes.toml: programme: Field required"),
        (EMPLOYER.replace('employer = "City of Vancouver"\n', ""),
         'programmes.toml: programme 1 (vancouver): access = "employer" needs employer'),
        (EMPLOYER.replace("min_minutes = 60", "min_minutes = 0"),
         "programmes.toml: programme 1 (vancouver): cadence.min_minutes: Input should be"),
        (EMPLOYER.replace('"region"]', '"shoe-size"]'),
         "programmes.toml: programme 1 (vancouver): eligibility.mentee.1: Input should be"),
        (EMPLOYER + EMPLOYER, "programmes.toml: programme id 'vancouver' is used twice"),
    ],
)  # fmt: skip
def test_a_mistake_in_the_file_stops_start_up_with_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    message: str,
) -> None:
    file = tmp_path / "programmes.toml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ProgrammesError, match=f"^{re.escape(message)}"):
        load_programmes(file)
    monkeypatch.setenv("CONNECTOR_PROGRAMMES_FILE", str(file))
    with pytest.raises(ConfigError, match=f"^CONNECTOR_PROGRAMMES_FILE: {re.escape(message)}"):
        load_settings()
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"connector-bot: CONNECTOR_PROGRAMMES_FILE: {message}")
    assert err.count("\n") == 1


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"PROGRAMMES_FILE: .*nowhere\.toml: cannot be"):
        load_settings(programmes_file=str(tmp_path / "nowhere.toml"))


def test_the_text_is_read_as_utf8_with_accents() -> None:
    programmes = parse_programmes(EMPLOYER)
    assert programmes.programme[0].region("fr") == "Colombie-Britannique"
    assert programmes.get("vancouver") is not None
    assert programmes.get("nowhere") is None
