"""The guides say what the code does: links resolve, and every name they give is real.

README.md and docs/*.md are read as GitHub shows them. Each test collects every problem it finds
and fails naming them all, file and line, so one run says what to fix.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import dev
from bot.cli import _parser
from bot.config import DEPRECATED, NOT_SETTINGS, variable_names
from handlers.core.commands import split_command
from handlers.core.programmes import ProgrammesError, parse_programmes
from handlers.features import FEATURES

ROOT = Path(__file__).resolve().parent.parent
GUIDES = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")))
OPERATORS = ROOT / "docs" / "operators.md"
COORDINATORS = ROOT / "docs" / "coordinators.md"
# Kebab-case words in backticks that look like message ids and are not: what they are instead.
NOT_MESSAGE_IDS = {"telegram-bot-api": "the self-hosted Bot API server's program"}
# Names shown being refused, as an example of a misspelt setting.
MISSPELT_EXAMPLES = {"CONNECTOR_APPROVALS"}

FENCE = re.compile(r"^\s*```")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
MD_LINK = re.compile(r"\]\(([^)\s]+)\)")
HTML_LINK = re.compile(r'\b(?:src|href)="([^"]+)"')
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SETTING = re.compile(r"\bCONNECTOR_[A-Z0-9_]*[A-Z0-9]")
MESSAGE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# The program, run by name or from a bin/ folder; not the user, group or folders named after it
# (`sudo -u connector-bot sh`, `-g connector-bot`, `/var/lib/connector-bot`).
COMMAND_LINE = re.compile(
    r"(?:(?<=bin/)|(?<![\w/.-]))(?<!-u )(?<!-g )"
    r"connector-bot\s+(--?[a-z-]+|[a-z][a-z-]*)((?:[ \t]+[^\s`|#]+)*)"
)
CATALOGUE_ID = re.compile(r"^([a-z][a-z0-9-]*)\s*=", re.MULTILINE)


@dataclass(frozen=True)
class Line:
    """One line of a guide, and whether it is inside a fenced code block."""

    path: Path
    number: int
    text: str
    code: bool

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.number}"


@cache
def lines(path: Path) -> tuple[Line, ...]:
    """The guide's lines, each marked in or out of a code block."""
    found: list[Line] = []
    code = False
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if FENCE.match(text):
            code = not code
            found.append(Line(path, number, text, True))
            continue
        found.append(Line(path, number, text, code))
    return tuple(found)


def everywhere() -> Iterator[Line]:
    """Every line of every guide."""
    for path in GUIDES:
        yield from lines(path)


def code_spans(line: Line) -> list[str]:
    """What the line shows as code: the whole line in a block, else its `spans`."""
    return [line.text] if line.code else CODE_SPAN.findall(line.text)


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: markup dropped, lower case, punctuation out."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
    text = "".join(c for c in text.strip().lower() if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


@cache
def anchors(path: Path) -> frozenset[str]:
    """Every anchor of a guide's headings, numbered as GitHub numbers repeated ones."""
    seen: dict[str, int] = {}
    for line in lines(path):
        heading = None if line.code else HEADING.match(line.text)
        if heading is None:
            continue
        anchor = github_anchor(heading.group(2))
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        if count:
            seen[f"{anchor}-{count}"] = 1
    return frozenset(seen)


def test_the_guides_exist_and_the_readme_stays_short() -> None:
    names = {path.name for path in GUIDES}
    wanted = {"README.md", "participants.md", "coordinators.md", "programmes.md"}
    wanted |= {"operators.md", "developers.md", "deployment.md"}
    assert wanted <= names, f"missing guides: {sorted(wanted - names)}"
    length = len(lines(ROOT / "README.md"))
    assert length <= 300, f"README.md has {length} lines; keep it to 300 and move the rest"


def test_every_relative_link_and_anchor_resolves() -> None:
    problems: list[str] = []
    for line in everywhere():
        if line.code:
            continue
        text = CODE_SPAN.sub("", line.text)
        for target in MD_LINK.findall(text) + HTML_LINK.findall(text):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):
                continue  # https:, mailto:, tg: ...
            file, _, anchor = target.partition("#")
            path = (line.path.parent / file).resolve() if file else line.path
            if not path.exists():
                problems.append(f"{line}: {target}: no file {path.relative_to(ROOT)}")
            elif anchor and path.suffix == ".md" and anchor not in anchors(path):
                known = ", ".join(sorted(anchors(path)))
                problems.append(f"{line}: {target}: no heading #{anchor} (there are: {known})")
    assert not problems, "links that lead nowhere:\n" + "\n".join(problems)


def test_every_setting_named_is_real_and_every_setting_is_in_the_operators_table() -> None:
    settings = set(variable_names().values())
    known = settings | NOT_SETTINGS | set(DEPRECATED) | MISSPELT_EXAMPLES
    problems = [
        f"{line}: {name} is not a setting (bot/config.py)"
        for line in everywhere()
        for name in SETTING.findall(line.text)
        if name not in known
    ]
    table = {
        name
        for line in lines(OPERATORS)
        if line.text.startswith("| `CONNECTOR_")
        for name in SETTING.findall(line.text.split("|")[1])
    }
    problems += [
        f"docs/operators.md: {name} is missing from the settings table"
        for name in sorted(settings - table)
    ]
    assert not problems, "settings:\n" + "\n".join(problems)


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    """The ``connector-bot`` subcommands and their parsers."""
    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("connector-bot has no subcommands")


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_every_command_line_named_exists() -> None:
    subcommands = _subcommands()
    top = _options(_parser())
    problems: list[str] = []
    for line in everywhere():
        for span in code_spans(line):
            for first, rest in COMMAND_LINE.findall(span):
                tokens = [first, *(w.strip(".,;:()[]") for w in rest.split())]
                if first.startswith("-"):
                    if first not in top:
                        problems.append(f"{line}: connector-bot {first}: no such option")
                    continue
                if first not in subcommands:
                    problems.append(f"{line}: connector-bot {first}: no such subcommand")
                    continue
                options = _options(subcommands[first])
                problems += [
                    f"{line}: connector-bot {first} {token}: no such option"
                    for token in tokens[1:]
                    if token.startswith("--") and token not in options
                ]
            for command in re.findall(r"python3 dev\.py (\w+)", span):
                if command not in dev.COMMANDS:
                    problems.append(f"{line}: python3 dev.py {command}: no such command")
    assert not problems, "command lines:\n" + "\n".join(problems)


def _command_table() -> list[tuple[Line, list[str], list[str]]]:
    """The rows of coordinators.md's command table: the English and the French cells' code."""
    rows: list[tuple[Line, list[str], list[str]]] = []
    inside = False
    for line in lines(COORDINATORS):
        if line.text.startswith("| English | French |"):
            inside = True
            continue
        if inside and not line.text.startswith("|"):
            break
        if inside and not line.text.startswith("|---"):
            cells = line.text.split("|")
            rows.append((line, CODE_SPAN.findall(cells[1]), CODE_SPAN.findall(cells[2])))
    assert rows, "docs/coordinators.md has no table headed | English | French |"
    return rows


def test_the_coordinators_table_has_every_coordinator_command_and_no_other() -> None:
    names = {"en": set[str](), "fr": set[str]()}
    for feature in FEATURES:
        for command in feature.commands:
            for language, name in command.names.items():
                names[language].add(name)
    problems: list[str] = []
    listed: set[tuple[str, str]] = set()
    for line, english, french in _command_table():
        typed = {"en": [split_command(c)[0] for c in english]}
        typed["fr"] = [split_command(c)[0] for c in french]
        for tongue, words in typed.items():
            problems += [
                f"{line}: {word}: no {tongue} command of that name in handlers/"
                for word in words
                if word not in names[tongue]
            ]
        listed |= {(en, fr) for en in typed["en"] for fr in typed["fr"]}
    for feature in FEATURES:
        for command in feature.commands:
            if command.roles is None or "coordinator" not in command.roles:
                continue
            pair = (command.names["en"], command.names["fr"])
            if pair not in listed:
                problems.append(
                    f"docs/coordinators.md: {pair[0]} / {pair[1]} ({feature.name}) is not in "
                    "the command table (English and French on one row)"
                )
    assert not problems, "coordinator commands:\n" + "\n".join(problems)


def _message_ids() -> set[str]:
    return {
        found
        for path in (ROOT / "locales").glob("*/*.ftl")
        for found in CATALOGUE_ID.findall(path.read_text(encoding="utf-8"))
    }


def test_every_message_id_named_exists() -> None:
    ids = _message_ids()
    # A kebab-case word is taken for a message id when it starts as the catalogue's ids do.
    prefixes = {found.split("-")[0] for found in ids}
    problems = [
        f"{line}: `{span}` looks like a message id and is in no catalogue (locales/)"
        for line in everywhere()
        if not line.code
        for span in CODE_SPAN.findall(line.text)
        if MESSAGE_ID.fullmatch(span)
        and span.split("-")[0] in prefixes
        and span not in ids
        and span not in NOT_MESSAGE_IDS
    ]
    assert not problems, "message ids:\n" + "\n".join(problems)


def test_every_programmes_example_is_a_valid_programmes_file() -> None:
    problems: list[str] = []
    for path in GUIDES:
        block: list[str] | None = None
        for line in lines(path):
            if line.text.strip() == "```toml":
                block, start = [], line
            elif block is not None and FENCE.match(line.text):
                try:
                    parse_programmes("\n".join(block), str(start))
                except ProgrammesError as error:
                    problems.append(str(error))
                block = None
            elif block is not None:
                block.append(line.text)
    assert not problems, "programmes examples:\n" + "\n".join(problems)


def test_the_pictures_are_well_formed_svg() -> None:
    pictures = sorted((ROOT / "docs" / "pictures").glob("*.svg"))
    assert pictures, "docs/pictures/ has no SVG: run python3 dev.py pictures"
    for picture in pictures:
        root = ElementTree.parse(picture).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg", picture
