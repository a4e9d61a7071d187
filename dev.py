"""Set up a local virtual environment, then run the bot or the checks.

    python3 dev.py run    # install or refresh .venv, then run the bot (SQLite + simulator)
    python3 dev.py test   # install or refresh .venv, then ruff, mypy and the whole test suite
    python3 dev.py bench  # install or refresh .venv, then the benchmarks (--quick: minutes)

Only the standard library is used here, so this works on a fresh machine with Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".connector-bot-installed"


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> None:
    """Create .venv if needed and reinstall when pyproject.toml has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - a clear message for older Pythons
        sys.exit("connector-bot needs Python 3.11 or newer")
    if not _python().exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("installing dependencies into .venv ...", flush=True)
    pip = [str(_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--editable", f"{ROOT}[dev]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def _tool(name: str) -> str:
    return str(BIN / (f"{name}.exe" if os.name == "nt" else name))


def run(args: list[str]) -> int:
    """Run the bot on its embedded default (or whatever the environment configures)."""
    return subprocess.run([_tool("connector-bot"), "run", *args], cwd=ROOT).returncode


ENGINES = ("sqlite", "postgresql")


def test(args: list[str]) -> int:
    """Lint, type-check and run every test on SQLite, then on PostgreSQL; stop at the first
    failing step. ``CONNECTOR_TEST_DB=sqlite`` (or ``postgresql``) runs the tests on one only.

    The PostgreSQL run starts a throwaway server with the machine's ``initdb`` and ``pg_ctl``
    (tests/postgres.py); where it cannot start, that run fails saying why, never skips.
    """
    chosen = os.environ.get("CONNECTOR_TEST_DB")
    engines = (chosen,) if chosen in ENGINES else ENGINES
    steps: list[tuple[list[str], dict[str, str]]] = [
        ([_tool("ruff"), "check", "."], {}),
        ([_tool("ruff"), "format", "--check", "."], {}),
        ([_tool("mypy")], {}),
        *(([_tool("pytest"), *args], {"CONNECTOR_TEST_DB": engine}) for engine in engines),
    ]
    for step, extra in steps:
        shown = " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step))
        print("$", *(f"{k}={v}" for k, v in extra.items()), shown, flush=True)
        code = subprocess.run(step, cwd=ROOT, env={**os.environ, **extra}).returncode
        if code != 0:
            return code
    return 0


def bench(args: list[str]) -> int:
    """Run ``connector-bot bench`` (SQLite, and PostgreSQL where ``initdb`` is installed)."""
    return subprocess.run([_tool("connector-bot"), "bench", *args], cwd=ROOT).returncode


def main() -> int:
    """Dispatch ``run``, ``test`` or ``bench``."""
    commands = {"run": run, "test": test, "bench": bench}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    ensure_environment()
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
