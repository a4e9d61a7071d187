"""The production deployment as deploy/ describes it, run for real on loopback.

The wheel is built from this checkout and installed by deploy/install.sh into a fresh virtual
environment from requirements-runtime.lock; that environment's ``connector-bot run`` serves
behind a real Caddy using deploy/Caddyfile unchanged, with a certificate from Caddy's internal
CA. Signed Twilio webhooks and Telegram updates then go through HTTPS to the public URL, and
the replies come back through the provider stand-ins. Caddy is Debian's ``caddy`` package:
where it is missing it is installed here, and where it cannot be, the test fails saying so.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import sqlite3
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.config import Settings, variable_names
from tests.telegram_fakes import TOKEN, text_update
from tests.telegram_server import READY, WAIT, FakeBotApiServer, free_port
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, signed, sms_form

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
SECRET = "deploy-test_secret"
CHAT = 7001
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _caddy() -> str:
    """The caddy binary, installed from Debian where missing; a loud failure where impossible."""
    found = shutil.which("caddy")
    if found is not None:
        return found
    tried = "no apt-get on this machine"
    if shutil.which("apt-get") is not None:
        if os.geteuid() != 0:
            tried = "apt-get needs root (run: sudo apt-get install caddy)"
        else:
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            install = ["apt-get", "install", "-y", "-q", "caddy"]
            done = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:  # an old package list: refresh it once, then again
                subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
                done = subprocess.run(install, env=env, capture_output=True, text=True)
            said = (done.stderr or done.stdout).strip().splitlines() or ["?"]
            tried = f"apt-get install caddy said: {said[-1]}"
    found = shutil.which("caddy")
    if found is None:
        pytest.fail(
            "CADDY IS MISSING: the deployment test runs the bot behind a real Caddy and could "
            f"not install Debian's caddy package ({tried}). Install it and run again.",
            pytrace=False,
        )
    return found


@pytest.fixture
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A production install made as deploy/install.sh makes one: PREFIX/current."""
    build = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "--wheel-dir", str(build), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = build.glob("connector_bot-*.whl")
    prefix = tmp_path_factory.mktemp("opt") / "connector-bot"
    done = subprocess.run(
        [str(DEPLOY / "install.sh"), str(wheel), str(prefix)],
        # No bytecode compiled at install: the same files, installed in half the time.
        env={**os.environ, "PYTHON": sys.executable, "PIP_NO_COMPILE": "1"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("connector-bot ")
    assert (prefix / "current" / "bin" / "connector-bot").exists()
    return prefix / "current"


class TwilioApi:
    """A Twilio-compatible Messages API on loopback, recording every message sent."""

    def __init__(self) -> None:
        self.sent: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        self.app = web.Application()
        self.app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._messages)

    async def _messages(self, request: web.Request) -> web.Response:
        form = {key: str(value) for key, value in (await request.post()).items()}
        await self.sent.put(form)
        return web.json_response({"sid": "SM" + "7" * 32, "status": "queued"}, status=201)


@pytest.fixture
async def stand_ins() -> AsyncIterator[tuple[FakeBotApiServer, str, TwilioApi, str]]:
    """The Bot API and Twilio stand-ins, listening on loopback."""
    telegram = FakeBotApiServer()
    telegram_base = await telegram.start()
    twilio = TwilioApi()
    runner = web.AppRunner(twilio.app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield telegram, telegram_base, twilio, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
        await telegram.stop()


@pytest.fixture
def caddy(tmp_path: Path) -> Iterator[tuple[int, int, Path, list[str]]]:
    """Caddy serving deploy/Caddyfile unchanged on loopback: (https port, bot port, CA, log)."""
    binary = _caddy()
    https, bot_port = free_port(), free_port()
    storage = tmp_path / "caddy"
    # Test-only global options, then the deployment's own file as it is shipped.
    config = tmp_path / "Caddyfile"
    config.write_text(
        "{\n\tadmin off\n\tlocal_certs\n\tskip_install_trust\n"
        f"\thttp_port {free_port()}\n\thttps_port {https}\n"
        f"\tstorage file_system {storage}\n}}\n\nimport {DEPLOY / 'Caddyfile'}\n"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "SITE_ADDRESS": "localhost",
        "BOT_UPSTREAM": f"127.0.0.1:{bot_port}",
    }
    log = tmp_path / "caddy.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [binary, "run", "--adapter", "caddyfile", "--config", str(config)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield https, bot_port, storage / "pki" / "authorities" / "local" / "root.crt", [str(log)]
    finally:
        process.terminate()
        process.wait(10)


async def _until(check: Any, what: str, alive: subprocess.Popen[bytes] | None = None) -> Any:
    """Poll ``check`` (an async function returning a value or None) for up to READY seconds."""
    deadline = asyncio.get_running_loop().time() + READY
    while True:
        if alive is not None and alive.poll() is not None:
            raise AssertionError(f"{what}: the process ended with {alive.returncode}")
        try:
            found = await check()
        except (OSError, aiohttp.ClientError):
            found = None
        if found is not None:
            return found
        assert asyncio.get_running_loop().time() < deadline, f"{what}: not within {READY} s"
        await asyncio.sleep(0.1)


async def test_the_installed_wheel_serves_signed_webhooks_through_caddy_over_https(
    installed: Path,
    stand_ins: tuple[FakeBotApiServer, str, TwilioApi, str],
    caddy: tuple[int, int, Path, list[str]],
    tmp_path: Path,
) -> None:
    telegram, telegram_base, twilio, twilio_base = stand_ins
    https, bot_port, ca, caddy_log = caddy
    public = f"https://localhost:{https}"
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    # As the systemd unit runs it: the release's own command, its own working directory, the
    # settings in the environment (the env file), nothing of the checkout on any path.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(state),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
        "CONNECTOR_DATABASE_URL": f"sqlite:///{state / 'connector.db'}",
        "CONNECTOR_PUBLIC_URL": public,
        "CONNECTOR_HTTP_PORT": str(bot_port),
        "CONNECTOR_TELEGRAM_TOKEN": TOKEN,
        "CONNECTOR_TELEGRAM_BASE_URL": telegram_base,
        "CONNECTOR_TELEGRAM_WEBHOOK_SECRET": SECRET,
        "CONNECTOR_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "CONNECTOR_TWILIO_FROM": FROM,
        "CONNECTOR_TWILIO_API_BASE": twilio_base,
        "CONNECTOR_SMS_SEGMENTS_PER_SECOND": "50",
    }
    log = (tmp_path / "bot.log").open("w")
    bot = subprocess.Popen(  # noqa: ASYNC220 - a process the test signals and waits for
        [str(installed / "bin" / "connector-bot"), "run"],
        cwd=state,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        registered = await _until(
            lambda: _registered(telegram), "the bot registering its webhook", bot
        )
        assert registered == {"url": f"{public}/telegram", "secret_token": SECRET}
        trust = ssl.create_default_context(cafile=str(await _until(_exists(ca), "Caddy's CA")))
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=trust)) as http:

            async def through(path: str, **request: Any) -> tuple[int, str]:
                method = "POST" if "data" in request or "json" in request else "GET"
                async with http.request(method, public + path, **request) as response:
                    return response.status, await response.text()

            await _until(lambda: through("/"), "Caddy serving HTTPS")

            # An SMS, signed by Twilio for the public URL, answered through the REST API.
            form = sms_form("SM-deploy-1", "+19025550123", "Bonjour")
            status, body = await through("/sms", data=form, headers=signed("/sms", form, public))
            assert (status, body.endswith("<Response></Response>")) == (200, True)
            answer = await asyncio.wait_for(twilio.sent.get(), WAIT)
            assert (answer["To"], answer["From"]) == ("+19025550123", FROM)
            assert "Connector" in answer["Body"]
            # A forged signature, and a signature for another URL, are refused.
            forged = sms_form("SM-deploy-2", "+19025550124", "Hello")
            status, _ = await through("/sms", data=forged, headers={"X-Twilio-Signature": "x"})
            assert status == 403
            elsewhere = signed("/sms", forged, "https://attacker.example.org")
            assert (await through("/sms", data=forged, headers=elsewhere))[0] == 403
            status, _ = await through(
                "/sms/status", data={"MessageSid": "SM1", "MessageStatus": "delivered"}
            )
            assert status == 403  # forwarded, and checked there

            # A Telegram update with the webhook's secret, answered through the Bot API.
            update = text_update(1, CHAT, "hello")
            status, _ = await through("/telegram", json=update, headers={SECRET_HEADER: SECRET})
            assert status == 200
            reply = await telegram.next_message(CHAT, 0)
            assert reply["text"].startswith("Welcome to Connector")
            wrong = {SECRET_HEADER: "guess"}
            assert (await through("/telegram", json=text_update(2, CHAT, "hi"), headers=wrong))[
                0
            ] == 403

            # Certificate links reach the bot (its own 404 for an unknown token) ...
            assert await through("/certificate/" + "a" * 43) == (404, "404: Not Found")
            # ... and nothing else does: /healthz answers on loopback only.
            for path in ("/healthz", "/", "/sms/../healthz", "/telegram/x", "/certificates"):
                assert await through(path) == (404, ""), path
            async with http.get(f"http://127.0.0.1:{bot_port}/healthz") as health:
                assert health.status == 200
    finally:
        bot.send_signal(signal.SIGTERM)
        code = bot.wait(30)
        log.close()
    said = (tmp_path / "bot.log").read_text()
    assert code == 0, said[-3000:]
    _run_the_backup_timer(installed, state, env)
    # The log holds neither the secrets nor the phone number in full.
    for secret in (AUTH_TOKEN, TOKEN, SECRET, "+19025550123", "Bonjour"):
        assert secret not in said, secret
    assert caddy_log


async def _registered(telegram: FakeBotApiServer) -> dict[str, Any] | None:
    calls = telegram.named("setWebhook")
    if not calls:
        return None
    return {key: calls[0].get(key) for key in ("url", "secret_token")}


def _exists(path: Path) -> Any:
    async def check() -> Path | None:
        return path if await asyncio.to_thread(path.exists) else None

    return check


# --- The files in deploy/ --------------------------------------------------------------------


def _unit(name: str) -> dict[str, list[str]]:
    """A systemd unit's keys and their values (a key may repeat)."""
    keys: dict[str, list[str]] = {}
    for line in (DEPLOY / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            keys.setdefault(key, []).append(value)
    return keys


@pytest.mark.parametrize("name", ["connector-bot.service", "connector-bot-backup.service"])
def test_the_units_run_the_installed_release_as_its_own_user_hardened(name: str) -> None:
    unit = _unit(name)
    assert unit["User"] == ["connector-bot"]
    assert unit["ExecStart"][0].startswith("/opt/connector-bot/current/bin/connector-bot ")
    assert unit["EnvironmentFile"] == ["/etc/connector-bot/connector-bot.env"]
    assert unit["StateDirectory"] == ["connector-bot"]
    assert unit["StateDirectoryMode"] == ["0700"]
    for key, value in {
        "ProtectSystem": "strict",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "NoNewPrivileges": "yes",
        "UMask": "0077",
        "CapabilityBoundingSet": "",
    }.items():
        assert unit[key] == [value], key


def test_the_units_are_valid_for_systemd(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed; the units' keys are checked above")
    installed = tmp_path / "release"
    (installed / "bin").mkdir(parents=True)
    (installed / "bin" / "connector-bot").write_text("#!/bin/sh\n")
    (installed / "bin" / "connector-bot").chmod(0o755)
    units = ("connector-bot.service", "connector-bot-backup.service", "connector-bot-backup.timer")
    for name in units:
        text = (DEPLOY / name).read_text().replace("/opt/connector-bot/current", str(installed))
        (tmp_path / name).write_text(text)
    done = subprocess.run(
        [analyze, "verify", *(str(tmp_path / name) for name in units)],
        capture_output=True,
        text=True,
    )
    problems = [
        line
        for line in done.stderr.splitlines()
        # The machine's own units, and users that exist only on the server, are not ours.
        if "connector-bot" in line and "user" not in line.lower()
    ]
    assert problems == [], done.stderr


def _run_the_backup_timer(installed: Path, state: Path, env: dict[str, str]) -> None:
    """What connector-bot-backup.service runs, as written, on the deployment's database."""
    (command,) = _unit("connector-bot-backup.service")["ExecStart"]
    assert re.fullmatch(r"\S+ backup /var/lib/connector-bot/backups/ --keep \d+", command)
    timer = _unit("connector-bot-backup.timer")
    assert timer["OnCalendar"] == ["*-*-* 03:15:00"]
    assert timer["Persistent"] == ["true"]  # a night the machine was off is made up for
    run = command.replace("/opt/connector-bot/current", str(installed))
    run = run.replace("/var/lib/connector-bot", str(state))
    done = subprocess.run(run.split(), env=env, cwd=state, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "integrity checked" in done.stdout
    (copy,) = (state / "backups").iterdir()
    assert re.fullmatch(r"connector-\d{4}-\d\d-\d\dT\d{6}Z\.db", copy.name)
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert oct((state / "backups").stat().st_mode & 0o777) == "0o700"
    with sqlite3.connect(copy) as conn:  # the people who wrote in are in the copy
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (2,)
    conn.close()


def test_the_environment_template_names_every_setting_with_a_valid_default() -> None:
    names = set(variable_names().values())
    lines = (DEPLOY / "connector-bot.env").read_text().splitlines()
    given = dict(
        line.lstrip("#").split("=", 1) for line in lines if re.match(r"#?CONNECTOR_[A-Z_]+=", line)
    )
    assert set(given) == names
    # Every value shown (defaults included) is one the bot accepts.
    fields = {variable: field for field, variable in variable_names().items()}
    Settings.model_validate({fields[key]: value for key, value in given.items() if value})


def test_caddy_forwards_exactly_the_public_paths() -> None:
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    (matcher,) = re.findall(r"@public path (.+)", caddyfile)
    assert matcher.split() == ["/telegram", "/sms", "/sms/status", "/certificate/*"]
    assert "respond 404" in caddyfile
    assert "log" not in re.sub(r"#.*", "", caddyfile)  # no access log: links carry tokens


def test_the_runtime_lock_pins_exactly_what_the_tests_ran() -> None:
    def pins(name: str) -> dict[str, str]:
        text = (ROOT / name).read_text()
        return dict(re.findall(r"^([a-z0-9_.-]+)==(\S+)", text, re.MULTILINE))

    runtime, full = pins("requirements-runtime.lock"), pins("requirements.lock")
    assert {name: full.get(name) for name in runtime} == runtime
    assert not {"pytest", "mypy", "ruff", "hypothesis", "uv"} & set(runtime)


def test_a_machine_without_caddy_fails_the_test_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match=r"CADDY IS MISSING.*no apt-get"):
        _caddy()
