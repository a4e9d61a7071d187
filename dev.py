"""Set up a local virtual environment from the lock file, then run the bot or the checks.

    python3 dev.py run    # install or refresh .venv, then run the bot (SQLite + simulator)
    python3 dev.py test   # install or refresh .venv, then ruff, mypy and the whole test suite
    python3 dev.py bench  # install or refresh .venv, then the benchmarks (--quick: minutes)
    python3 dev.py pictures  # install or refresh .venv, then draw docs/pictures/ from the demo
    python3 dev.py lock   # upgrade requirements.lock to today's releases (commit it alone)
    python3 dev.py wheel  # build the wheel a production install uses (dist/), see deploy/

Every install comes from requirements.lock, with hashes: a fresh clone on any day gets exactly
what was tested, and a new release upstream changes nothing until the lock is upgraded on
purpose. Only the standard library is used here, so this works on a fresh machine with
Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".connector-bot-installed"
LOCK = ROOT / "requirements.lock"
# How the lock is made: every dependency of pyproject.toml (runtime and dev), for every Python
# from 3.11 on and every platform, each file's hash recorded. uv resolves it; pip installs it.
LOCK_COMMAND = [
    "pip", "compile", "pyproject.toml", "--extra", "dev", "--universal",
    "--python-version", "3.11", "--generate-hashes", "--quiet", "-o", "requirements.lock",
]  # fmt: skip
# What a production install needs, and nothing of the tests: the runtime dependencies only,
# at exactly the versions requirements.lock pins (it is made with that lock as constraints).
RUNTIME_LOCK_COMMAND = [
    "pip", "compile", "pyproject.toml", "--universal", "--python-version", "3.11",
    "--generate-hashes", "--quiet", "-c", "requirements.lock", "-o", "requirements-runtime.lock",
]  # fmt: skip


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> None:
    """Create .venv if needed, and install from the lock when it (or pyproject) has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - a clear message for older Pythons
        sys.exit("connector-bot needs Python 3.11 or newer")
    if not _python().exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes())
    if STAMP.exists() and STAMP.read_text().strip() == wanted.hexdigest():
        return
    print("installing the locked dependencies into .venv ...", flush=True)
    pip = [str(_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # --require-hashes: a file whose hash is not in the lock is refused, whatever the index.
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True, cwd=ROOT)
    # The project itself, editable; its build backend (setuptools) comes from the lock too.
    subprocess.run(
        [*pip, "--no-deps", "--no-build-isolation", "--editable", str(ROOT)], check=True, cwd=ROOT
    )
    STAMP.write_text(wanted.hexdigest())


def _tool(name: str) -> str:
    return str(BIN / (f"{name}.exe" if os.name == "nt" else name))


def _child(command: list[str], env: dict[str, str] | None = None) -> int:
    """Run ``command`` to its end; its exit code.

    Ctrl-C reaches the child as well (one process group), and the child stops on its own,
    cleanly; waiting for it here, rather than killing it as ``subprocess.run`` does a quarter
    second later, lets the bot finish what it was sending.
    """
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue


def run(args: list[str]) -> int:
    """Run the bot on its embedded default (or whatever the environment configures)."""
    return _child([_tool("connector-bot"), "run", *args])


ENGINES = ("sqlite", "postgresql")


def test(args: list[str]) -> int:
    """Lint, type-check and run every test on SQLite, then on PostgreSQL; stop at the first
    failing step. ``CONNECTOR_TEST_DB=sqlite`` (or ``postgresql``) runs the tests on one only.

    Tests run on every core (pytest-xdist; ``-n 1`` or ``-p no:xdist`` in ``args`` to debug
    one at a time), and each run ends with its 15 slowest tests. The PostgreSQL run starts a
    throwaway server with the machine's ``initdb`` and ``pg_ctl`` (tests/postgres.py); where
    it cannot start, that run fails saying why, never skips.
    """
    chosen = os.environ.get("CONNECTOR_TEST_DB")
    engines = (chosen,) if chosen in ENGINES else ENGINES
    parallel = [] if any(a.startswith(("-n", "-p")) for a in args) else ["-n", "auto"]
    pytest = [_tool("pytest"), *parallel, "--durations=15", *args]
    steps: list[tuple[list[str], dict[str, str]]] = [
        ([_tool("ruff"), "check", "."], {}),
        ([_tool("ruff"), "format", "--check", "."], {}),
        ([_tool("mypy")], {}),
        *((pytest, {"CONNECTOR_TEST_DB": engine}) for engine in engines),
    ]
    for step, extra in steps:
        shown = " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step))
        print("$", *(f"{k}={v}" for k, v in extra.items()), shown, flush=True)
        code = _child(step, {**os.environ, **extra})
        if code != 0:
            return code
    return 0


def bench(args: list[str]) -> int:
    """Run ``connector-bot bench`` (SQLite, and PostgreSQL where ``initdb`` is installed)."""
    return _child([_tool("connector-bot"), "bench", *args])


def lock(args: list[str]) -> int:
    """Upgrade requirements.lock to the newest releases pyproject.toml allows (``--upgrade``;
    ``--upgrade-package NAME`` for one). Then run ``python3 dev.py test`` and commit the lock
    on its own."""
    wanted = args or ["--upgrade"]
    code = _child([_tool("uv"), *LOCK_COMMAND, *wanted])
    # The production lock follows: the runtime part of the new lock, same versions, same hashes.
    return code or _child([_tool("uv"), *RUNTIME_LOCK_COMMAND])


def wheel(args: list[str]) -> int:
    """Build connector-bot's wheel into dist/ (or the folder given) with the locked setuptools.

    A production install (deploy/install.sh) puts this wheel and requirements-runtime.lock
    into a fresh virtual environment; nothing of the checkout or of .venv is used at run time.
    """
    out = args[0] if args else str(ROOT / "dist")
    return _child(
        [str(_python()), "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "--wheel-dir", out, str(ROOT)]
    )  # fmt: skip


def pictures(args: list[str]) -> int:
    """Draw the README's pictures from the demo into docs/pictures/ (docs/pictures.py)."""
    return _child([str(_python()), str(ROOT / "docs" / "pictures.py"), *args])


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "run": run,
    "test": test,
    "bench": bench,
    "lock": lock,
    "pictures": pictures,
    "wheel": wheel,
}


def main() -> int:
    """Dispatch ``run``, ``test``, ``bench``, ``lock``, ``pictures`` or ``wheel``."""
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    try:
        ensure_environment()
        return COMMANDS[sys.argv[1]](sys.argv[2:])
    except KeyboardInterrupt:
        # Ctrl-C reaches the child too, which stops on its own; no traceback from here.
        return 130
    except subprocess.CalledProcessError as error:
        print(f"dev.py: {' '.join(map(str, error.cmd[:4]))} ... failed ({error.returncode})")
        return error.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
