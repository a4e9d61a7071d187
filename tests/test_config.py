"""Invalid configuration stops start-up with one clear line naming the variable."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.config import ConfigError, load_settings
from handlers.values import Address


def test_coordinators_are_read_from_a_comma_separated_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONNECTOR_COORDINATORS", "telegram:123456789, sms:+16135550100,sim:coord")
    settings = load_settings()
    assert settings.coordinators == (
        Address(channel="telegram", value="123456789"),
        Address(channel="sms", value="+16135550100"),
        Address(channel="sim", value="coord"),
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("CONNECTOR_TIMEZONE", "Mars/Olympus", "CONNECTOR_TIMEZONE: unknown timezone"),
        ("CONNECTOR_DEFAULT_LANGUAGE", "de", "CONNECTOR_DEFAULT_LANGUAGE: Input should be"),
        ("CONNECTOR_COORDINATORS", "fax:123", "CONNECTOR_COORDINATORS: unknown channel 'fax'"),
    ],
)
def test_a_bad_variable_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    message: str,
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=f"^{message}"):
        load_settings()
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"connector-bot: {message}")
    assert err.count("\n") == 1
    assert "Traceback" not in err
