"""Invalid configuration stops start-up with one clear line naming the variable."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.config import ConfigError, load_settings
from handlers.core.values import Address


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


def test_coordinator_phone_numbers_are_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONNECTOR_COORDINATORS", "sms:(613) 555-0100")
    assert load_settings().coordinators == (Address(channel="sms", value="+16135550100"),)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("CONNECTOR_TWILIO_AUTH_TOKEN", "CONNECTOR_TWILIO_AUTH_TOKEN: required to send SMS"),
        ("CONNECTOR_TWILIO_FROM", "CONNECTOR_TWILIO_FROM: required to send SMS"),
        ("CONNECTOR_PUBLIC_URL", "CONNECTOR_PUBLIC_URL: required for SMS"),
    ],
)
def test_a_partial_sms_setup_names_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, missing: str, message: str
) -> None:
    complete = {
        "CONNECTOR_TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "CONNECTOR_TWILIO_AUTH_TOKEN": "secret-token",
        "CONNECTOR_TWILIO_FROM": "+16135550000",
        "CONNECTOR_PUBLIC_URL": "https://bot.example.org",
    }
    for name, value in complete.items():
        if name != missing:
            monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=f"^{message}"):
        load_settings()


def test_a_bad_sending_number_is_named_without_echoing_secrets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    auth_token = "tw-auth-" + "5e" * 12
    bot_token = "987654321:" + "Zq7" * 12
    # Every other variable is valid, so the sending number is the only thing wrong.
    monkeypatch.setenv("CONNECTOR_TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
    monkeypatch.setenv("CONNECTOR_TWILIO_AUTH_TOKEN", auth_token)
    monkeypatch.setenv("CONNECTOR_TELEGRAM_TOKEN", bot_token)
    monkeypatch.setenv("CONNECTOR_PUBLIC_URL", "https://bot.example.org")
    monkeypatch.setenv("CONNECTOR_TWILIO_FROM", "613-555")
    with pytest.raises(ConfigError, match=r"^CONNECTOR_TWILIO_FROM: ") as raised:
        load_settings()
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("connector-bot: CONNECTOR_TWILIO_FROM: ")
    for shown in (str(raised.value), repr(raised.value), err):
        assert auth_token not in shown
        assert bot_token not in shown
        assert bot_token.split(":")[1] not in shown  # not even the part after the bot id
