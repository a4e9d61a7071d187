"""The bench keeps working: its quick mode runs and prints every figure (never checks times)."""

from __future__ import annotations

import re

import pytest

from bot.cli import main

NUMBER = r"[0-9][0-9,.]*"
RATIO = rf"\({NUMBER}x F\)"
EXPECTED = [
    rf"floor +ptb echo update +median {NUMBER} ms +p99 {NUMBER} ms",
    rf"floor +sqlite 4-statement transaction +median {NUMBER} ms +p99 {NUMBER} ms",
    rf"floor +F \(sum of medians\) +{NUMBER} ms",
    *(
        rf"1k +inbound {kind} +median {NUMBER} ms {RATIO} +p99 {NUMBER} ms {RATIO} +n=5 "
        rf"+statements {NUMBER} +with delivery {NUMBER} ms"
        for kind in ("menu press", "find a connector", "typed answer", "booking request")
    ),
    *(
        rf"1k +inbound {re.escape(kind)} +median {NUMBER} ms {RATIO} +p99 {NUMBER} ms {RATIO} "
        rf"+n={count} +statements {NUMBER} +with delivery {NUMBER} ms"
        for kind, count in (
            ("referral search", 3),
            ("give a referral", 3),
            ("intake answer", 24),
            ("/pending", 3),
            ("/stats month", 3),
            ("/find", 3),
            ("/profile", 3),
            ("/suggest", 3),
        )
    ),
    rf"1k +search \(one page\) +median {NUMBER} ms {RATIO} +p99 .* statements {NUMBER}",
    rf"1k +one writer throughput +{NUMBER} msg/s",
    rf"1k +10 writers throughput +{NUMBER} msg/s \({NUMBER}x one writer\) +p99 {NUMBER} ms "
    rf"+median {NUMBER} ms",
    *(
        rf"wave +{channel} reminders +{NUMBER}/s \({NUMBER}% of {NUMBER}/s\) +first {NUMBER} ms "
        rf"after due +delivered {count}/{count} +duplicates 0 +429s 0"
        for channel, count in (("telegram", 30), ("sms", 4))
    ),
    rf"stop +SIGTERM with 20 SMS queued +{NUMBER} s +still queued {NUMBER}",
    rf"start +start-up, 0 pending reminders +{NUMBER} s +peak memory {NUMBER} MB",
    rf"start +start-up, 1,000 pending reminders +{NUMBER} s +peak memory {NUMBER} MB",
    # Real bot processes: SQLite (one), then a throwaway PostgreSQL with one and two.
    *(
        rf"multi +{engine}, {count} +inbound {NUMBER}/s \(answered 100/100, recorded 100, "
        rf"bot CPU {NUMBER} ms each\) +wave drain {NUMBER}/s \({NUMBER}% of 200/s, "
        rf"delivered 100/100, bot CPU {NUMBER} ms each\) +duplicates 0 +429s 0"
        for engine, count in (
            ("sqlite", "1 process"),
            ("postgresql", "1 process"),
            ("postgresql", "2 processes"),
        )
    ),
]


def test_quick_bench_prints_every_figure_with_its_ratio(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--quick"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("connector-bot bench on ")
    for pattern, line in zip(EXPECTED, lines[1:], strict=True):
        assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}"


def test_bench_sizes_must_be_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bench", "--sizes", "10k"])
    assert "each size at least 10" in capsys.readouterr().err
