"""``connector-bot run --processes N``: children on one port, restarts, signals, refusals.

On the PostgreSQL run two real processes serve signed SMS webhooks on one port; on the SQLite
run the same command is refused in one line (SQLite serves one process). Neither is skipped.
"""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from benchmarks.multi import recorded
from benchmarks.providers import free_port
from bot import processes
from bot.cli import main
from tests.conftest import POSTGRES
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL, signed, sms_form

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

ROOT = Path(__file__).resolve().parent.parent
STARTED = re.compile(r"started process (\d+) pid (\d+)")


class Output:
    """The lines a process (and its children) write to stderr, read on a thread."""

    def __init__(self, stream: Iterator[str]) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._reader.start()

    def join(self) -> None:
        """Wait for the end of the stream (every writer has exited)."""
        self._reader.join(timeout=10)

    def _read(self, stream: Iterator[str]) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 20.0) -> list[str]:
        """Wait until ``count`` lines in all contain ``pattern``; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [line for line in self.lines if re.search(pattern, line)]
            if len(found) >= count:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {count}x {pattern!r} in:\n" + "\n".join(self.lines))
            try:
                self.lines.append(self._queue.get(timeout=left))
            except queue.Empty:
                continue


def launch_two(database_url: str, port: int) -> subprocess.Popen[str]:
    """``connector-bot run --processes 2`` serving SMS on ``port``, its stderr piped."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")},
        "CONNECTOR_DATABASE_URL": database_url,
        "CONNECTOR_HTTP_PORT": str(port),
        "CONNECTOR_PUBLIC_URL": PUBLIC_URL,
        "CONNECTOR_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "CONNECTOR_TWILIO_FROM": FROM,
        # Nothing listens there: replies stay queued, which these tests do not look at.
        "CONNECTOR_TWILIO_API_BASE": f"http://127.0.0.1:{free_port()}",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--processes", "2"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as response:
        return int(response.status)


def _post_sms(port: int, sid: str, sender: str, body: str) -> int:
    form = sms_form(sid, sender, body)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/sms",
        data=urlencode(form).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", **signed("/sms", form)},
    )
    # urllib opens a new connection for each request, so the kernel picks a process each time.
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_two_processes_share_the_port_restart_and_stop_on_sigterm(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On PostgreSQL, the real thing; the SQLite run checks, not skips, that it is refused."""
    if not POSTGRES:
        _refused_on_sqlite(database_url, monkeypatch, capsys)
        return
    port = free_port()
    parent = launch_two(database_url, port)
    assert parent.stderr is not None
    out = Output(parent.stderr)
    try:
        started = [STARTED.search(line) for line in out.wait_for("started process", 2)]
        pids = {int(m.group(1)): int(m.group(2)) for m in started if m}
        assert sorted(pids) == [1, 2]
        out.wait_for("HTTP server listening", 2)  # both bound the one port
        assert _get(f"http://127.0.0.1:{port}/healthz") == 200
        for n in range(10):
            assert _post_sms(port, f"SM{n:032d}", f"+1613555{n:04d}", "Hello") == 200

        os.kill(pids[1], signal.SIGKILL)
        out.wait_for(rf"process 1 pid {pids[1]} exited with code -9; restarting in 1 s")
        again = STARTED.search(out.wait_for("started process 1 ", 2)[-1])
        assert again is not None
        restarted = int(again.group(2))
        assert restarted != pids[1]
        out.wait_for("HTTP server listening", 3)
        for n in range(10, 20):
            assert _post_sms(port, f"SM{n:032d}", f"+1613555{n:04d}", "Hello") == 200
        assert all(_alive(pid) for pid in (pids[2], restarted))

        parent.send_signal(signal.SIGTERM)
        assert parent.wait(timeout=25) == 0
        out.wait_for("all 2 processes stopped")
        assert not any(_alive(pid) for pid in (pids[2], restarted))
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        out.join()
        parent.stderr.close()
    # Each message recorded once, whichever process took it.
    assert asyncio.run(recorded(database_url)) == 20


@pytest.mark.skipif(not POSTGRES, reason="several processes run in the PostgreSQL pass")
def test_children_stop_when_the_launcher_is_killed(
    database_url: str,
) -> None:
    port = free_port()
    parent = launch_two(database_url, port)
    assert parent.stderr is not None
    out = Output(parent.stderr)
    pids: list[int] = []
    try:
        started = [STARTED.search(line) for line in out.wait_for("started process", 2)]
        pids = [int(m.group(2)) for m in started if m]
        out.wait_for("HTTP server listening", 2)
        parent.kill()  # SIGKILL: the launcher cannot pass anything on
        parent.wait()
        out.wait_for("the launcher .* is gone; stopping", 2)
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in pids):
            assert time.monotonic() < deadline, "a child kept running without its launcher"
            time.sleep(0.2)
    finally:
        for pid in pids:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        out.join()
        parent.stderr.close()


def _refused_on_sqlite(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(url.removeprefix("sqlite+aiosqlite:///"))
    before = path.stat().st_mtime_ns if path.exists() else None
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", url)
    monkeypatch.setenv("CONNECTOR_TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("CONNECTOR_TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("CONNECTOR_TWILIO_FROM", FROM)
    monkeypatch.setenv("CONNECTOR_PUBLIC_URL", PUBLIC_URL)
    assert main(["run", "--processes", "2"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "connector-bot: --processes 2: several processes need PostgreSQL "
        "(CONNECTOR_DATABASE_URL=postgresql+asyncpg://...); SQLite serves one process\n"
    )
    # Refused before anything was created or written (the fixture's database is there already).
    assert (path.stat().st_mtime_ns if path.exists() else None) == before


def test_several_processes_are_refused_on_sqlite_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused_on_sqlite(f"sqlite+aiosqlite:///{tmp_path / 'one.db'}", monkeypatch, capsys)


def test_a_child_that_keeps_dying_at_start_stops_the_launcher(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(processes, "MAX_PAUSE_SECONDS", 0.01)
    failing = [sys.executable, "-c", "import sys; sys.exit(3)"]
    launcher = processes.Launcher(2, failing, dict(os.environ))
    with caplog.at_level(logging.WARNING, logger="bot.processes"):
        assert asyncio.run(launcher.run()) == 1
    assert "exited with code 3, 5 times in a row soon after starting; stopping" in caplog.text
    assert caplog.text.count("restarting in 0 s") >= 4
