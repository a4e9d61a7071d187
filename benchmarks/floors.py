"""The floors: what python-telegram-bot and sqlite3 cost on their own, on this machine."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest, RequestData

from benchmarks.stats import Spread, clock

TOKEN = "123456:" + "A" * 35
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}


class LocalBotApi(BaseRequest):
    """Answers getMe and sendMessage in memory: PTB's own work, no network."""

    @property
    def read_timeout(self) -> float | None:
        """No network, no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Answer one call."""
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        result: Any = True
        if name == "getMe":
            result = BOT_USER
        elif name == "sendMessage":
            result = {
                "message_id": 1,
                "date": 0,
                "chat": {"id": int(str(params["chat_id"])), "type": "private"},
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    assert update.message.text is not None
    await update.message.reply_text(update.message.text)


def _update(number: int) -> dict[str, Any]:
    return {
        "update_id": number,
        "message": {
            "message_id": number,
            "date": 0,
            "chat": {"id": 1000 + number % 50, "type": "private"},
            "from": {"id": 1000 + number % 50, "is_bot": False, "first_name": "Echo"},
            "text": f"hello {number}",
        },
    }


async def ptb_echo(rounds: int) -> Spread:
    """Time PTB turning an update's JSON into an Update and answering it with its text."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    request = LocalBotApi()
    application: Application[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder().token(TOKEN).request(request).get_updates_request(request).build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    samples: list[float] = []
    async with application:
        for number in range(rounds + 20):
            began = clock()
            update = Update.de_json(_update(number), application.bot)
            await application.process_update(update)
            if number >= 20:  # the first calls warm caches
                samples.append(clock() - began)
    return Spread.of(samples)


def sqlite_transaction(folder: Path, rounds: int) -> Spread:
    """Time a raw four-statement ``BEGIN IMMEDIATE`` transaction with ``synchronous=FULL``.

    Read the person, record the message, update the person, queue the reply: the least an
    inbound message could write, with the bot's own pragmas (WAL, full sync).
    """
    path = folder / "floor.db"
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "busy_timeout=10000",
        "synchronous=FULL",
    ):
        db.execute(f"PRAGMA {pragma}")
    db.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, seen INTEGER)")
    db.execute("CREATE TABLE inbound (id INTEGER PRIMARY KEY, external TEXT UNIQUE)")
    db.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY, person INTEGER, body TEXT)")
    db.executemany("INSERT INTO person VALUES (?, ?, 0)", [(n, f"p{n}") for n in range(1000)])
    samples: list[float] = []
    for number in range(rounds + 20):
        began = clock()
        db.execute("BEGIN IMMEDIATE")
        db.execute("SELECT id, name FROM person WHERE id = ?", (number % 1000,)).fetchone()
        db.execute("INSERT INTO inbound (external) VALUES (?)", (f"m{number}",))
        db.execute("UPDATE person SET seen = ? WHERE id = ?", (number, number % 1000))
        db.execute("INSERT INTO outbox (person, body) VALUES (?, ?)", (number % 1000, "hello"))
        db.execute("COMMIT")
        if number >= 20:
            samples.append(clock() - began)
    db.close()
    return Spread.of(samples)
