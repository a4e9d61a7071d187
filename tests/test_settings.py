"""Settings do what docs/operators.md says, and every mistake in them is one line naming it."""

from __future__ import annotations

import base64
import io
import json
import logging
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.check import check
from bot.cli import main
from bot.config import ConfigError, database_url, load_settings, variable_names
from bot.logs import configure
from tests.telegram_fakes import TOKEN
from tests.telegram_server import FakeBotApiServer, free_port
from tests.test_data_files import LOG_LINE

ROOT = Path(__file__).resolve().parent.parent
SID = "AC" + "1" * 32
AUTH = "twilio-auth-token-" + "9" * 8


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts in an empty folder (no .env) with a database of its own there."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")


def _one_line(err: str) -> str:
    """The one line the command wrote to standard error, beside its timestamped log lines
    (fails on more, or a traceback)."""
    assert "Traceback" not in err
    said = [line for line in err.splitlines() if not LOG_LINE.match(line)]
    assert len(said) == 1, err
    return said[0]


def test_the_operators_settings_table_names_exactly_the_settings() -> None:
    guide = (ROOT / "docs" / "operators.md").read_text(encoding="utf-8")
    table = guide.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    documented = {
        name
        for line in table.splitlines()
        if line.startswith("| `CONNECTOR_")
        for name in re.findall(r"`(CONNECTOR_[A-Z_]+)`", line.split("|")[1])
    }
    assert documented == set(variable_names().values())


def test_the_documented_approval_setting_is_the_one_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONNECTOR_APPROVAL", "everyone")
    assert load_settings().connector_approval == "everyone"


def test_the_old_approval_name_still_works_with_a_deprecation_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("CONNECTOR_CONNECTOR_APPROVAL", "none")
    with caplog.at_level(logging.WARNING):
        assert load_settings().connector_approval == "none"
    assert [r.getMessage() for r in caplog.records] == [
        "CONNECTOR_CONNECTOR_APPROVAL is deprecated: name it CONNECTOR_APPROVAL"
    ]


@pytest.mark.parametrize(
    ("typed", "closest"),
    [
        ("CONNECTOR_APPROVALS", "CONNECTOR_APPROVAL"),
        ("CONNECTOR_TELEGRAM_TOKKEN", "CONNECTOR_TELEGRAM_TOKEN"),
        ("CONNECTOR_TIME_ZONE", "CONNECTOR_TIMEZONE"),
    ],
)
def test_a_misspelt_variable_stops_start_up_naming_the_closest(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str, closest: str
) -> None:
    monkeypatch.setenv(typed, "x")
    assert main(["migrate"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line == (
        f"connector-bot: {typed}: not a setting of connector-bot (did you mean {closest}?)"
    )


def test_a_misspelt_variable_in_the_env_file_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".env").write_text("CONNECTOR_TIMEZONE=America/Halifax\nCONNECTOR_PORT=8081\n")
    assert main(["migrate"]) == 2
    assert _one_line(capsys.readouterr().err).startswith(
        "connector-bot: CONNECTOR_PORT: not a setting of connector-bot (did you mean "
    )


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://u:p@db.example.org:5432/bot", "postgresql+asyncpg://u:p@db.example.org:5432/bot"),
        ("postgres://u:p@db.example.org/bot", "postgresql+asyncpg://u:p@db.example.org/bot"),
        ("postgresql+asyncpg://u@h/bot", "postgresql+asyncpg://u@h/bot"),
        ("sqlite:///data/connector.db", "sqlite+aiosqlite:///data/connector.db"),
        ("sqlite+aiosqlite:////var/lib/bot.db", "sqlite+aiosqlite:////var/lib/bot.db"),
    ],
)  # fmt: skip
def test_the_url_forms_providers_hand_out_get_the_async_driver(given: str, used: str) -> None:
    assert database_url(given) == used


@pytest.mark.parametrize(
    "url", ["mysql://u:secret@h/db", "postgresql//u:secret@h/db", "sqlite://", "data/bot.db"]
)
def test_a_url_the_bot_cannot_use_is_one_line_without_its_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", url)
    assert main(["migrate"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("connector-bot: CONNECTOR_DATABASE_URL: ")
    assert "secret" not in line


def test_a_refused_database_connection_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()  # nothing listens there
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"postgresql://bot:s3cret@127.0.0.1:{port}/bot")
    assert main(["migrate"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(
        f"connector-bot: CONNECTOR_DATABASE_URL: cannot connect to PostgreSQL at "
        f"127.0.0.1:{port}/bot: "
    )
    assert "s3cret" not in line


def test_a_database_folder_the_bot_cannot_write_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", "sqlite:////proc/connector/bot.db")
    assert main(["migrate"]) == 2
    assert _one_line(capsys.readouterr().err).startswith(
        "connector-bot: CONNECTOR_DATABASE_URL: cannot create the SQLite file "
        "/proc/connector/bot.db"
    )


def test_a_busy_port_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for name, value in {
            "CONNECTOR_TWILIO_ACCOUNT_SID": SID,
            "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH,
            "CONNECTOR_TWILIO_FROM": "+16135550000",
            "CONNECTOR_PUBLIC_URL": "https://bot.example.org",
            "CONNECTOR_HTTP_PORT": str(port),
        }.items():
            monkeypatch.setenv(name, value)
        assert main(["run"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(
        f"connector-bot: CONNECTOR_HTTP_PORT: cannot listen on 127.0.0.1:{port}"
    )


def test_version_and_help_answer_without_loading_the_bot(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert re.fullmatch(r"connector-bot \d+\.\d+\.\d+\n", capsys.readouterr().out)
    # --help is answered by argparse alone: the command's module imports none of the bot's
    # libraries (each costs tenths of a second), which is what keeps it well under a second.
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, bot.cli; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    heavy = {"sqlalchemy", "telegram", "twilio", "matplotlib", "babel", "pydantic", "aiohttp"}
    assert heavy.isdisjoint(loaded)


def test_logs_are_timestamped_text_or_json_at_the_chosen_level() -> None:
    stream = io.StringIO()
    configure("WARNING", "text", stream)
    logging.getLogger("bot.test").info("routine")
    logging.getLogger("bot.test").warning("the outbox is %d messages behind", 3)
    (line,) = stream.getvalue().splitlines()
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING bot\.test: "
        r"the outbox is 3 messages behind",
        line,
    )
    stream = io.StringIO()
    configure("INFO", "json", stream)
    logging.getLogger("bot.test").info("HTTP server listening on %s:%s", "127.0.0.1", 8080)
    entry = json.loads(stream.getvalue())
    assert entry["level"] == "INFO"
    assert entry["logger"] == "bot.test"
    assert entry["message"] == "HTTP server listening on 127.0.0.1:8080"
    assert entry["time"].endswith("+00:00")
    configure()  # back to the default for the other tests


def test_a_line_repeated_a_thousand_times_is_logged_once_a_minute() -> None:
    stream = io.StringIO()
    configure("INFO", "text", stream)
    noisy = logging.getLogger("asyncio")
    for _ in range(1000):
        noisy.error("socket.accept() out of system resource")
    for number in (1, 2):  # lines that differ are all written
        logging.getLogger("bot.processes").info("started process %d pid %d", number, 40 + number)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("socket.accept() out of system resource")
    assert lines[2].endswith("started process 2 pid 42")
    configure()


def test_log_settings_are_checked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONNECTOR_LOG_LEVEL", "debug")
    assert load_settings().log_level == "DEBUG"
    monkeypatch.setenv("CONNECTOR_LOG_FORMAT", "xml")
    with pytest.raises(ConfigError, match=r"^CONNECTOR_LOG_FORMAT: "):
        load_settings()


# connector-bot check -------------------------------------------------------------------------


@pytest.fixture
async def twilio_api() -> AsyncIterator[str]:
    """A Twilio REST API on loopback that knows one account and its auth token."""

    async def account(request: web.Request) -> web.Response:
        expected = base64.b64encode(f"{SID}:{AUTH}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}":
            body = {"code": 20003, "message": "Authenticate", "status": 401}
            return web.json_response(body, status=401)
        return web.json_response({"sid": SID, "status": "active", "friendly_name": "Programme"})

    app = web.Application()
    app.router.add_get("/2010-04-01/Accounts/{sid}.json", account)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeBotApiServer]:
    """The fake Bot API on loopback."""
    server = FakeBotApiServer()
    yield server
    await server.stop()


async def _configure_providers(
    monkeypatch: pytest.MonkeyPatch, telegram: FakeBotApiServer, twilio: str, auth: str = AUTH
) -> None:
    for name, value in {
        "CONNECTOR_TELEGRAM_TOKEN": TOKEN,
        "CONNECTOR_TELEGRAM_BASE_URL": await telegram.start(),
        "CONNECTOR_TWILIO_ACCOUNT_SID": SID,
        "CONNECTOR_TWILIO_AUTH_TOKEN": auth,
        "CONNECTOR_TWILIO_FROM": "+16135550000",
        "CONNECTOR_TWILIO_API_BASE": twilio,
        "CONNECTOR_PUBLIC_URL": "https://bot.example.org",
    }.items():
        monkeypatch.setenv(name, value)


async def test_check_says_in_one_line_each_that_everything_is_right(
    monkeypatch: pytest.MonkeyPatch, telegram_api: FakeBotApiServer, twilio_api: str
) -> None:
    await _configure_providers(monkeypatch, telegram_api, twilio_api)
    out = io.StringIO()
    assert await check(out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "ok   settings: read (channels: Telegram, SMS)"
    assert re.fullmatch(
        r"ok   database: connected to sqlite\+aiosqlite:///.*bot\.db, empty: .*", lines[1]
    )
    assert lines[2] == "ok   telegram: the token works, the bot is @connector_test_bot"
    assert lines[3] == "ok   twilio: the account …1111 is active"
    assert len(lines) == 4


async def test_check_names_a_wrong_token_and_wrong_twilio_credentials(
    monkeypatch: pytest.MonkeyPatch, telegram_api: FakeBotApiServer, twilio_api: str
) -> None:
    await _configure_providers(monkeypatch, telegram_api, twilio_api, auth="wrong-" + AUTH)
    telegram_api.fail_once("getMe", 401)
    out = io.StringIO()
    assert await check(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[2] == (
        "FAIL telegram: CONNECTOR_TELEGRAM_TOKEN: Telegram refused this token "
        "(check it with BotFather)"
    )
    assert lines[3].startswith(
        "FAIL twilio: Twilio refused CONNECTOR_TWILIO_ACCOUNT_SID with "
        "CONNECTOR_TWILIO_AUTH_TOKEN (HTTP 401)"
    )
    assert TOKEN not in out.getvalue()
    assert "wrong-" not in out.getvalue()


async def test_check_names_a_database_it_cannot_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"postgresql://bot:pw@127.0.0.1:{port}/bot")
    out = io.StringIO()
    assert await check(out) == 1
    assert (
        out.getvalue()
        .splitlines()[1]
        .startswith(
            f"FAIL database (CONNECTOR_DATABASE_URL): cannot connect to PostgreSQL at "
            f"127.0.0.1:{port}/bot: "
        )
    )


async def test_check_names_a_misspelt_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONNECTOR_TELEGRAM_TOKEM", TOKEN)
    out = io.StringIO()
    assert await check(out) == 1
    assert out.getvalue() == (
        "FAIL settings: CONNECTOR_TELEGRAM_TOKEM: not a setting of connector-bot "
        "(did you mean CONNECTOR_TELEGRAM_TOKEN?)\n"
    )
