"""Both languages define the same messages with the same variables; code uses only those."""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.i18n import CATALOGUES, Catalogue, Rendering
from handlers.core.keywords import carrier_keyword

ROOT = Path(__file__).parent.parent
ID = re.compile(r"^[a-z]+(-[a-z0-9]+)+$")


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(language: str) -> dict[str, frozenset[str]]:
    """Map every message id of a language to the variables it uses."""
    return dict(_messages(language))


@lru_cache(maxsize=2)
def _messages(language: str) -> dict[str, frozenset[str]]:
    """``messages``, parsed once per test process (the budget tests ask 48 times)."""
    found: dict[str, frozenset[str]] = {}
    for path in sorted((CATALOGUES / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ftl.Junk)]
        assert not junk, f"{path}: {junk[0].annotations[0].message}"
        for entry in resource.body:
            if isinstance(entry, ftl.Message):
                assert entry.id.name.startswith(path.stem + "-"), f"{entry.id.name} in {path}"
                visitor = _Variables()
                visitor.visit(entry)
                found[entry.id.name] = frozenset(visitor.names)
    return found


def ids_used_in_code() -> set[str]:
    """Collect string literals in bot/ and handlers/ that name a catalogue message."""
    features = {path.stem for path in (CATALOGUES / "en").glob("*.ftl")}
    used: set[str] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    text = node.value
                    if ID.match(text) and text.split("-", 1)[0] in features:
                        used.add(text)
    return used


def test_both_languages_define_the_same_ids_with_the_same_variables() -> None:
    english, french = messages("en"), messages("fr")
    assert sorted(set(english) ^ set(french)) == []
    differing = {key for key in english if english[key] != french[key]}
    assert sorted(differing) == []


def test_every_message_id_used_in_code_exists() -> None:
    english = messages("en")
    used = ids_used_in_code()
    assert len(used) > 50  # the scan really finds the ids
    assert sorted(used - set(english)) == []


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("channel", ["sms", "telegram"])
def test_every_message_renders_without_errors(language: str, channel: str) -> None:
    bundle = FluentBundle([language], use_isolating=False)
    for path in sorted((CATALOGUES / language).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    for key, variables in messages(language).items():
        args: dict[str, str | int] = {name: "Sample" for name in variables}
        args["channel"] = channel
        pattern = bundle.get_message(key).value
        assert pattern is not None, key
        formatted, errors = bundle.format_pattern(pattern, args)
        text = str(formatted)
        assert errors == [], key
        assert text.strip(), key
        assert "\u2019" not in text, f"{key}: typographic apostrophe (costs SMS segments)"
        assert "\u00a0" not in text, f"{key}: no-break space (costs SMS segments)"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_message_renders_on_sms_as_a_carrier_opt_out_word(language: str) -> None:
    # Any message can be a choice label, and on SMS a label can be typed back: a label that
    # is STOP, CANCEL, END, QUIT, ARRET... would opt the person out at the carrier instead.
    catalogue = Catalogue()
    to = Rendering(language=language, timezone="America/Toronto", channel="sms")  # type: ignore[arg-type]
    for key, variables in messages(language).items():
        text = catalogue.render(key, {name: "Sample" for name in variables}, to)
        for line in text.splitlines():
            assert carrier_keyword(line) != "stop", f"{key} renders as {line!r}"
