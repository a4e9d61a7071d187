"""The ``connector-bot`` command: run, simulate, demo, migrate, backup, bench."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.app import running
from bot.channels.simulator import TranscriptPrinter
from bot.clock import ManualClock, OffsetClock
from bot.config import ConfigError, Settings, load_settings
from bot.demo import run_demo
from bot.processes import launch
from bot.serve import has_channels, serve
from bot.simulate import ScriptError, Simulator, parse_moment
from handlers.core.parsing import ascii_int
from storage.backup import BackupError, backup_sqlite, pg_dump_advice, sqlite_path
from storage.db import DatabaseDamaged, check_and_migrate

PROMPT_HELP = (
    "Simulator. Type a message, or #N to press choice N. "
    ":persona NAME sms|telegram switches persona, :clock +2h moves time, :quit stops."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="connector-bot", description=__doc__)
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
    demo = sub.add_parser("demo", help="play the built-in scenario on a throwaway database")
    demo.add_argument("--jsonl", action="store_true", help="one JSON object per message")
    sub.add_parser("migrate", help="apply database migrations")
    backup = sub.add_parser("backup", help="copy the live database consistently to FILE")
    backup.add_argument("file", type=Path, help="where to write the copy (replaced if present)")
    bench = sub.add_parser("bench", help="measure the bot against its libraries' own cost")
    bench.add_argument("--quick", action="store_true", help="1,000 participants, small counts")
    bench.add_argument(
        "--sizes", type=_sizes, help="store sizes to build, e.g. 1000,10000 (default 1k,10k,100k)"
    )
    return parser


def _processes(text: str) -> int:
    count = ascii_int(text.strip())
    if count is None or not 1 <= count <= 64:
        raise argparse.ArgumentTypeError("a number of processes from 1 to 64")
    return count


def _sizes(text: str) -> tuple[int, ...]:
    sizes = tuple(ascii_int(part.strip()) or 0 for part in text.split(","))
    if min(sizes) < 10:
        raise argparse.ArgumentTypeError("each size at least 10")
    return sizes


async def _simulate(
    settings: Settings, script: list[str] | None, *, jsonl: bool, start: str | None
) -> None:
    clock: ManualClock | OffsetClock = (
        ManualClock(parse_moment(start, settings.timezone)) if start else OffsetClock()
    )
    printer = TranscriptPrinter(sys.stdout, jsonl=jsonl)
    async with Simulator(settings, clock, printer) as simulator:
        if script is not None:
            await simulator.run_lines(script)
            return
        print(PROMPT_HELP, flush=True)
        printer.echo = False  # the terminal already shows what the person typed
        async with running(simulator.app):
            while True:
                try:
                    line = await asyncio.to_thread(input, f"[{simulator.current}] > ")
                except EOFError:
                    return
                try:
                    if not await simulator.execute(line):
                        return
                except ScriptError as error:
                    print(f"-- {error}", flush=True)


def _backup(settings: Settings, target: Path) -> int:
    source = sqlite_path(settings.database_url)
    if source is None:
        print(
            f"connector-bot: {pg_dump_advice(settings.database_url, str(target))}", file=sys.stderr
        )
        return 1
    size = backup_sqlite(source, target)
    print(f"backed up {source} to {target} ({size // 1024} KiB, integrity checked)")
    return 0


def _script_lines(path: Path | None) -> list[str] | None:
    if path is not None:
        return path.read_text(encoding="utf-8").splitlines()
    if not sys.stdin.isatty():
        return sys.stdin.read().splitlines()
    return None


async def _run(settings: Settings) -> None:
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
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Telegram URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        if args.command == "demo":
            asyncio.run(run_demo(sys.stdout, jsonl=args.jsonl))
            return 0
        if args.command == "bench":
            # Imported here: the bench pulls in its provider stubs, which running never needs.
            from benchmarks.run import main as run_bench

            run_bench(sys.stdout, quick=args.quick, sizes=args.sizes)
            return 0
        settings = load_settings()
        if args.command == "backup":
            return _backup(settings, args.file)
        if args.command == "migrate":
            asyncio.run(check_and_migrate(settings.database_url))
            print("database is up to date")
        elif args.command == "simulate":
            script = _script_lines(args.script)
            if args.fresh:
                with tempfile.TemporaryDirectory(prefix="connector-sim-") as folder:
                    url = f"sqlite+aiosqlite:///{Path(folder) / 'sim.db'}"
                    fresh = settings.model_copy(update={"database_url": url})
                    asyncio.run(_simulate(fresh, script, jsonl=args.jsonl, start=args.start))
            else:
                asyncio.run(_simulate(settings, script, jsonl=args.jsonl, start=args.start))
        elif args.processes > 1:
            return asyncio.run(launch(settings, args.processes))
        else:
            asyncio.run(_run(settings))
    except ConfigError as error:
        print(f"connector-bot: {error}", file=sys.stderr)
        return 2
    except ScriptError as error:
        print(f"connector-bot: {error}", file=sys.stderr)
        return 2
    except (DatabaseDamaged, BackupError) as error:
        print(f"connector-bot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
