"""A Bot API that answers locally, and builders for the updates Telegram would send."""

from __future__ import annotations

import json
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

TOKEN = "123456:" + "A" * 35
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Connector",
    "username": "connector_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class FakeBotApi(BaseRequest):
    """Answers every Bot API method locally and records the calls, with scripted failures."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._next_message_id = 500

    @property
    def read_timeout(self) -> float | None:
        """No real network, so no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def fail(self, method: str, status: int, **parameters: Any) -> None:
        """Make the next call of ``method`` fail with ``status`` (and response parameters)."""
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": "scripted"}
        if parameters:
            body["parameters"] = parameters
        self.failures.setdefault(method, []).append((status, body))

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
        self.calls.append((name, params))
        queued = self.failures.get(name)
        if queued:
            status, body = queued.pop(0)
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT_USER
        if name in ("sendMessage", "sendDocument", "sendPhoto"):
            self._next_message_id += 1
            params["message_id"] = self._next_message_id  # so tests can tap its buttons
            return {
                "message_id": self._next_message_id,
                "date": 0,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "text": params.get("text", ""),
            }
        if name == "getUpdates":
            return []
        return True

    def named(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of ``method``, oldest first."""
        return [params for name, params in self.calls if name == method]


def user(chat_id: int) -> dict[str, Any]:
    """A Telegram user whose private chat id equals their user id."""
    return {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": "en"}


def text_update(
    update_id: int, chat_id: int, text: str, chat_type: str = "private"
) -> dict[str, Any]:
    """A text message (or command) from a person."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": chat_id, "type": chat_type},
            "from": user(chat_id if chat_type == "private" else 77),
            "text": text,
        },
    }


def media_update(update_id: int, chat_id: int, **content: Any) -> dict[str, Any]:
    """A message with something other than text (a sticker, a contact, a location)."""
    update = text_update(update_id, chat_id, "")
    del update["message"]["text"]
    update["message"].update(content)
    return update


def tap_update(update_id: int, chat_id: int, data: str, message: dict[str, Any]) -> dict[str, Any]:
    """A tap on an inline button of a message the bot sent (as recorded by the fake)."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cb{update_id}",
            "from": user(chat_id),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": message["message_id"],
                "date": 0,
                "chat": {"id": chat_id, "type": "private"},
                "from": BOT_USER,
                "text": message["text"],
                "reply_markup": message["reply_markup"],
            },
        },
    }


def button_data(message: dict[str, Any], label: str) -> str:
    """The callback data of the inline button labelled ``label`` on a sent message."""
    for row in message["reply_markup"]["inline_keyboard"]:
        for key in row:
            if key["text"] == label:
                return str(key["callback_data"])
    raise AssertionError(f"{label!r} not on {message['text'][:60]!r}")
