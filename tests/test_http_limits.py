"""The HTTP server bounds its connections: slow sockets cannot starve the webhooks.

1,100 sockets that never finished their headers once made every webhook time out, filled the
log with "socket.accept() out of system resource" and left the sender without a database
handle. Here, within this machine's limits: a burst of slow sockets past the server's limit,
while real requests still get their answers.
"""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import pytest
from aiohttp import web

from bot.http import HttpServer
from tests.telegram_server import free_port

SLOW = 60  # sockets that open and send half a request line, then nothing
MOST = 40  # the server's limit here (512 by default)


async def _slow_socket(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /sms HTTP/1.1\r\nHost: bot\r\nX-Slow: ")
    await writer.drain()
    return reader, writer


async def _closed(reader: asyncio.StreamReader) -> bool:
    """Whether the server closed the connection (reading ends at once)."""
    try:
        async with asyncio.timeout(5):
            return await reader.read() == b""
    except (TimeoutError, ConnectionError):
        return False


async def test_slow_sockets_are_refused_past_the_limit_and_cut_off_after_the_header_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    port = free_port()
    server = HttpServer("127.0.0.1", port, most_connections=MOST, header_seconds=1.0)
    server.get("/healthz", ok)
    await server.start()
    sockets: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    try:
        with caplog.at_level(logging.WARNING):
            sockets = [await _slow_socket(port) for _ in range(SLOW)]
            await asyncio.sleep(0.2)
            assert server.guard is not None
            assert server.guard.open == MOST
            assert server.guard.refused == SLOW - MOST  # closed at once: no handle held
            # Once their header time is up, the slow ones are gone and requests are answered.
            closed = await asyncio.gather(*(_closed(reader) for reader, _ in sockets))
            assert all(closed)
            assert server.guard.timed_out == MOST
            async with (
                aiohttp.ClientSession() as http,
                http.get(f"http://127.0.0.1:{port}/healthz") as response,
            ):
                assert response.status == 200
                assert await response.text() == "ok"
        assert len(caplog.records) <= 2  # no line per socket
    finally:
        for _, writer in sockets:
            writer.close()
        await server.stop()


async def test_a_request_that_sends_its_headers_at_once_is_not_cut_off() -> None:
    async def slow_handler(request: web.Request) -> web.Response:
        await asyncio.sleep(1.5)  # longer than the header time: the headers came in time
        return web.Response(text="done")

    port = free_port()
    server = HttpServer("127.0.0.1", port, most_connections=4, header_seconds=0.5)
    server.post("/telegram", slow_handler)
    await server.start()
    try:
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"http://127.0.0.1:{port}/telegram", data=b"{}") as response,
        ):
            assert response.status == 200
            assert await response.text() == "done"
    finally:
        await server.stop()
