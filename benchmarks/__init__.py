"""Benchmarks of the bot against floors measured in the same run (``connector-bot bench``).

Each figure is printed with its ratio to a floor: the cost of the libraries the bot is built
on, doing the least they can. The floors are python-telegram-bot handling an echo update with
no network, and a raw ``sqlite3`` write transaction of four statements with the bot's own
durability settings; F is their sum, the least one inbound message could cost.
"""
