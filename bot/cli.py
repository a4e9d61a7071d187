"""The ``connector-bot`` command: run, simulate, demo, migrate, check, backup, bench."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only argparse at import: `--help` and `--version` answer at once. What a command needs is
# imported when that command runs (the bot's own modules pull in SQLAlchemy, PTB, twilio,
# matplotlib...).
if TYPE_CHECKING:
    from bot.config import Settings

PROMPT_HELP = (
    'Simulator. Type a message, #N to press choice N, or #"label" to press it by its label. '
    ":persona NAME sms|telegram switches persona, :clock +2h moves time, :quit stops."
)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("connector-bot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="connector-bot", description=__doc__)
    parser.add_argument("--version", action="version", version=f"connector-bot {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="serve every configured channel (the simulator when none is)")
    run.add_argument(
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="run N processes on one PostgreSQL database, sharing the HTTP port",
    )
    simulate = sub.add_parser("simulate", help="talk to the bot as one or more personas")
    simulate.add_argument("--script", type=Path, help="read actions from FILE")
    simulate.add_argument("--jsonl", action="store_true", help="one JSON object per message")
    simulate.add_argument("--start", help="fix the clock at this moment (ISO 8601)")
    simulate.add_argument("--fresh", action="store_true", help="use a throwaway database")
    simulate.add_argument(
        "--attachments",
        type=Path,
        metavar="DIR",
        help="write every file the bot sends (calendar, chart, CSV, PDF) into DIR",
    )
    demo = sub.add_parser("demo", help="play the built-in scenario on a throwaway database")
    demo.add_argument("--jsonl", action="store_true", help="one JSON object per message")
    demo.add_argument(
        "--attachments",
        type=Path,
        metavar="DIR",
        help="write every file the bot sends (calendar, chart, CSV, PDF) into DIR",
    )
    sub.add_parser("migrate", help="apply database migrations")
    sub.add_parser(
        "check", help="check the settings, the database and each provider, one line each"
    )
    backup = sub.add_parser("backup", help="copy the live database consistently to FILE")
    backup.add_argument(
        "file",
        metavar="FILE|FOLDER/",
        help="where to write the copy (replaced if present); a folder (an existing one, or a "
        "name ending in /) gets a copy named for the moment, connector-<UTC time>.db",
    )
    backup.add_argument(
        "--keep",
        type=_keep,
        metavar="N",
        help="with a folder: keep the N newest dated copies there and remove older ones",
    )
    bench = sub.add_parser("bench", help="measure the bot against its libraries' own cost")
    bench.add_argument("--quick", action="store_true", help="1,000 participants, small counts")
    bench.add_argument(
        "--sizes", type=_sizes, help="store sizes to build, e.g. 1000,10000 (default 1k,10k,100k)"
    )
    return parser


def _keep(text: str) -> int:
    from handlers.core.parsing import ascii_int

    count = ascii_int(text.strip())
    if count is None or count < 1:
        raise argparse.ArgumentTypeError("a number of copies, 1 or more")
    return count


def _processes(text: str) -> int:
    from handlers.core.parsing import ascii_int

    count = ascii_int(text.strip())
    if count is None or not 1 <= count <= 64:
        raise argparse.ArgumentTypeError("a number of processes from 1 to 64")
    return count


def _sizes(text: str) -> tuple[int, ...]:
    from handlers.core.parsing import ascii_int

    sizes = tuple(ascii_int(part.strip()) or 0 for part in text.split(","))
    if min(sizes) < 10:
        raise argparse.ArgumentTypeError("each size at least 10")
    return sizes


async def _simulate(
    settings: Settings,
    script: list[str] | None,
    *,
    jsonl: bool,
    start: str | None,
    attachments: Path | None = None,
) -> None:

    from bot.app import running
    from bot.channels.simulator import TranscriptPrinter
    from bot.clock import ManualClock, OffsetClock
    from bot.simulate import ScriptError, Simulator, parse_moment

    clock: ManualClock | OffsetClock = (
        ManualClock(parse_moment(start, settings.timezone)) if start else OffsetClock()
    )
    printer = TranscriptPrinter(sys.stdout, jsonl=jsonl, attachments=attachments)
    async with Simulator(settings, clock, printer) as simulator:
        if script is not None:
            await simulator.run_lines(script)
            return
        print(PROMPT_HELP, flush=True)
        printer.echo = False  # the terminal already shows what the person typed
        async with running(simulator.app):
            while True:
                try:
                    line = await _read_line(f"[{simulator.current}] > ")
                except EOFError:
                    return
                try:
                    if not await simulator.execute(line):
                        return
                except ScriptError as error:
                    print(f"-- {error}", flush=True)


async def _read_line(prompt: str) -> str:
    """One line typed at the terminal, read without holding up the bot.

    A daemon thread, not ``asyncio.to_thread``: on Ctrl-C the process must exit at once, and
    Python waits at exit for the executor's threads, one of which sits in ``input()`` until
    someone presses Enter.
    """
    import asyncio
    import threading

    loop = asyncio.get_running_loop()
    typed: asyncio.Future[str] = loop.create_future()

    def settle(line: str | None, error: BaseException | None) -> None:
        if typed.done():
            return
        if error is not None:
            typed.set_exception(error)
        else:
            typed.set_result(line or "")

    def read() -> None:
        try:
            line = input(prompt)
        except (EOFError, OSError) as error:
            loop.call_soon_threadsafe(settle, None, EOFError(str(error)))
        else:
            loop.call_soon_threadsafe(settle, line, None)

    threading.Thread(target=read, name="simulator-input", daemon=True).start()
    return await typed


def _backup(settings: Settings, given: str, keep: int | None) -> int:
    from bot.clock import SystemClock
    from storage.backup import (
        BackupError,
        backup_sqlite,
        dated_target,
        pg_dump_advice,
        prune,
        sqlite_path,
    )

    folder = Path(given) if given.endswith(("/", os.sep)) or Path(given).is_dir() else None
    if keep is not None and folder is None:
        raise BackupError(f"--keep needs a folder to keep copies in (end {given} with /)")
    source = sqlite_path(settings.database_url)
    now = SystemClock().now()
    if source is None:
        dump = str(dated_target(folder, now, ".dump")) if folder is not None else given
        print(f"connector-bot: {pg_dump_advice(settings.database_url, dump)}", file=sys.stderr)
        return 1
    target = dated_target(folder, now) if folder is not None else Path(given)
    size = backup_sqlite(source, target)
    print(f"backed up {source} to {target} ({size // 1024} KiB, integrity checked)")
    if folder is not None and keep is not None:
        for old in prune(folder, keep):
            print(f"removed {old} (keeping the {keep} newest)")
    return 0


def _script_lines(path: Path | None) -> list[str] | None:
    if path is not None:
        return path.read_text(encoding="utf-8").splitlines()
    if not sys.stdin.isatty():
        return sys.stdin.read().splitlines()
    return None


async def _run(settings: Settings) -> None:
    from bot.serve import has_channels, serve

    if has_channels(settings):
        await serve(settings)
    else:
        # Nothing configured: show the bot working with no accounts at all.
        await _simulate(settings, _script_lines(None), jsonl=False, start=None)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``connector-bot`` console script."""
    args = _parser().parse_args(argv)
    # Whatever the bot creates (database, backups, the data folder) holds names and phone
    # numbers: readable by its owner only.
    os.umask(0o077)
    from bot.logs import configure

    configure()
    try:
        return _command(args)
    except KeyboardInterrupt:
        # Ctrl-C: stop quietly, as SIGTERM does (the running bot handles both itself).
        return 130
    except Exception as error:
        said = _one_line(error)
        if said is None:
            raise
        line, code = said
        print(f"connector-bot: {line}", file=sys.stderr)
        return code


def _one_line(error: Exception) -> tuple[str, int] | None:
    """The line an operator is shown for ``error`` and the exit code; None for a bug."""
    from bot.config import ConfigError
    from bot.simulate import ScriptError
    from storage.backup import BackupError
    from storage.db import DatabaseDamaged, DatabaseUnavailable

    if isinstance(error, DatabaseUnavailable):
        return f"CONNECTOR_DATABASE_URL: {error}", 2
    if isinstance(error, ConfigError | ScriptError):
        return str(error), 2
    if isinstance(error, DatabaseDamaged | BackupError):
        return str(error), 1
    return None


def _command(args: argparse.Namespace) -> int:
    """Run the command ``args`` names; its exit code."""
    import asyncio
    import tempfile

    from bot.config import load_settings
    from bot.logs import configure

    if args.command == "demo":
        from bot.demo import run_demo

        asyncio.run(run_demo(sys.stdout, jsonl=args.jsonl, attachments=args.attachments))
        return 0
    if args.command == "bench":
        # The bench pulls in its provider stubs, which running never needs.
        from benchmarks.run import main as run_bench

        run_bench(sys.stdout, quick=args.quick, sizes=args.sizes)
        return 0
    if args.command == "check":
        from bot.check import check

        return asyncio.run(check(sys.stdout))
    settings = load_settings()
    configure(settings.log_level, settings.log_format)
    if args.command == "backup":
        return _backup(settings, args.file, args.keep)
    if args.command == "migrate":
        from storage.db import check_and_migrate

        asyncio.run(check_and_migrate(settings.database_url))
        print("database is up to date")
    elif args.command == "simulate":
        script = _script_lines(args.script)
        if args.fresh:
            with tempfile.TemporaryDirectory(prefix="connector-sim-") as folder:
                url = f"sqlite+aiosqlite:///{Path(folder) / 'sim.db'}"
                fresh = settings.model_copy(update={"database_url": url})
                asyncio.run(
                    _simulate(fresh, script, jsonl=args.jsonl, start=args.start,
                              attachments=args.attachments)
                )  # fmt: skip
        else:
            asyncio.run(
                _simulate(settings, script, jsonl=args.jsonl, start=args.start,
                          attachments=args.attachments)
            )  # fmt: skip
    elif args.processes > 1:
        from bot.processes import launch

        return asyncio.run(launch(settings, args.processes))
    else:
        asyncio.run(_run(settings))
    return 0
