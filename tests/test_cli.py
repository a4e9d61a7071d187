"""The command line: demo, scripted simulation with JSON lines, and the script language."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.simulate import ScriptError, parse_duration
from tests.conftest import Transcript
from tests.test_reminders import confirmed_meeting


def test_demo_prints_a_connector_journey_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Merci, Amina Haddad! Votre inscription est terminée." in out
    assert "Thank you, Ben Okafor! You are registered." in out
    assert "Done: 3 slots offered." in out
    assert "Demande envoyée à Ben pour le jeudi 3 décembre à 11 h." in out
    assert "Confirmé : Ben Okafor, le jeudi 3 décembre à 11 h, par vidéo : https://" in out
    assert "Confirmed: you meet Amina Haddad on Thursday, December 3 at 12:00 p.m." in out
    assert "📎 meeting.ics" in out
    assert "Demain : Ben, le jeudi 3 décembre à 11 h, par vidéo" in out  # the day before
    assert "In one hour: Amina, by video" in out
    assert "Avez-vous pu rencontrer Ben le jeudi 3 décembre à 11 h?" in out
    assert "Merci! Cela aide beaucoup le programme." in out
    assert "Newcomers taking part: 1" in out
    # The chain, two generations deep, ending in a job report.
    assert "Referral 1 of 3 for Amina (Ingénieure civile). Who is it?" in out
    assert "Ben Okafor referred Amina to you, after meeting them." in out
    assert "Dana Roy : dana.roy@ottawa.ca, 613-555-0100" in out
    assert "You met Amina and gave 1 of 3 referrals. Could you give the rest?" in out
    assert "Chain of Amina Haddad: generations 2, people 3, meetings held 2, jobs 1." in out
    assert "|     ● Carla Moreau, 2026-12-04 ✓ ★" in out
    assert "📎 chain.png" in out
    # The compressed mentorship: intake, approval, orientation, suggestion, match, agreement.
    assert "Mentoring intake to confirm (approve or reject and the number):" in out
    assert "Pas tout à fait : il dure 13 semaines, environ 13 heures en tout." in out
    assert "Orientation recorded for #4 Carla Moreau (Career Mentoring Program)." in out
    assert "The best mentor for Amina Haddad:" in out
    assert "Votre mentorat avec Carla Moreau a commencé : du mercredi 9 décembre" in out
    # Then a week's log, the closure, the evaluation, the certificate and the follow-ups.
    assert "Semaine 1 : avez-vous vu Carla Moreau? Si oui, ajoutez la durée : 1 1h30" in out
    assert "Temps noté : 1 h 30 sur 13 heures." in out
    assert "Une dernière question : quelle est votre situation d'emploi maintenant?" in out
    assert "Votre certificat de réussite (PDF) : https://connector.example.org/certificate/" in out
    assert out.count("Votre première rencontre du programme date de 3 mois. Quelle est") == 1
    assert "Median time to a job from the programme start" in out


def test_simulate_script_prints_one_json_object_per_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    script = tmp_path / "script.txt"
    script.write_text(
        ":persona amina sms\namina: Bonjour\namina #2\n:persona ben telegram\nben: hi\nben #1\n"
        ":clock +1d\n",
        encoding="utf-8",
    )
    args = ["simulate", "--script", str(script), "--jsonl", "--start", "2026-12-01T09:00"]
    assert main(args) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["to"] for line in lines] == ["amina", "amina", "ben", "ben"]
    assert lines[1]["text"].startswith("Nous conservons votre nom")
    assert lines[1]["segments"] == 2
    assert lines[1]["choices"] == [{"id": "yes", "label": "Oui"}, {"id": "no", "label": "Non"}]
    assert "segments" not in lines[2]
    assert lines[0]["at"] == "2026-12-01T14:00:00+00:00"


def test_a_script_presses_choices_by_label_and_keeps_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'l.db'}")
    script = tmp_path / "labels.txt"
    script.write_text(
        # By label, not number: "francais" for FRANÇAIS (no accent, any case), a prefix.
        ':persona amina sms\namina: Bonjour\namina #"francais"\namina #"OUI"\n'
        # The coordinator's numbers on Telegram come with charts, written to the folder.
        ":persona coordinator telegram\ncoordinator: /stats\n"
        ":clock 2026-12-01T12:00\namina: STOP\n",
        encoding="utf-8",
    )
    folder = tmp_path / "files"
    args = ["simulate", "--script", str(script), "--start", "2026-12-01T09:00",
            "--attachments", str(folder)]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "amina: 2" in out  # the SMS persona typed the number of FRANÇAIS
    assert "Nous conservons votre nom" in out
    assert "amina: 1" in out  # and of Oui
    written = sorted(folder.iterdir())
    assert written
    assert all(path.name.split("-", 1)[1].startswith("coordinator-") for path in written)
    assert {path.suffix for path in written} == {".png"}
    assert all(path.read_bytes().startswith(b"\x89PNG") for path in written)
    assert f"📎 {written[0]}" in out
    # The clock is said back in the programme's time, as it was typed.
    assert "-- clock 2026-12-01T12:00-05:00 (America/Toronto)" in out
    assert "-- amina: STOP is a carrier keyword: this number is opted out" in out

    # In JSON lines, each message names the files written for it.
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'j.db'}")
    script.write_text(":persona coordinator telegram\ncoordinator: /stats\n", encoding="utf-8")
    assert main([*args[:5], "--jsonl", "--attachments", str(tmp_path / "json")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    files = [path for line in lines for path in line.get("files", [])]
    assert files
    assert all(Path(path).is_file() for path in files)


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('amina #"nowhere"', 'amina: no choice is "nowhere"; the last menu offers "ENGLISH", '
         '"FRANÇAIS"'),
        ('amina #""', 'amina: no choice is ""; the last menu offers "ENGLISH", "FRANÇAIS"'),
    ],
)  # fmt: skip
def test_a_label_that_matches_no_choice_or_several_says_which_there_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, error: str
) -> None:
    script = tmp_path / "bad.txt"
    script.write_text(f":persona amina sms\namina: hi\n{line}\n", encoding="utf-8")
    assert main(["simulate", "--script", str(script), "--fresh"]) == 2
    assert f"line 3: {error}" in capsys.readouterr().err


def test_script_errors_name_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'e.db'}")
    script = tmp_path / "bad.txt"
    script.write_text("amina: hi\n:clock tomorrow\n", encoding="utf-8")
    assert main(["simulate", "--script", str(script), "--fresh"]) == 2
    assert "line 2: not a date and time: 'tomorrow'" in capsys.readouterr().err


def test_durations() -> None:
    assert parse_duration("+1d2h30m") == timedelta(days=1, hours=2, minutes=30)
    assert parse_duration("+45s") == timedelta(seconds=45)
    with pytest.raises(ScriptError):
        parse_duration("+")


async def test_moving_the_clock_runs_scheduled_work(chat: Transcript) -> None:
    await confirmed_meeting(chat)  # Thursday December 3, 14:00 in Toronto
    # The day-before reminder is due on Wednesday at 14:00: a minute early, nothing is sent.
    assert await chat.line(":clock 2026-12-02T13:59") == []
    reminded = await chat.line(":clock +1m")
    assert chat.simulator.clock.now() == datetime(2026, 12, 2, 19, 0, tzinfo=UTC)
    assert sorted(message.to for message in reminded) == ["amina", "ben"]
    assert all(message.text.startswith("Tomorrow: ") for message in reminded)
    assert all(message.at == chat.simulator.clock.now() for message in reminded)
    with pytest.raises(ScriptError, match="only moves forward"):
        await chat.line(":clock 2020-01-01T00:00")
