"""Coordinators' charts as PNG files, drawn headless with matplotlib's Agg backend."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display on a server; must come before pyplot is imported

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.i18n import Catalogue, Rendering
from handlers.core.values import Attachment, Chart


def png(chart: Chart, catalogue: Catalogue, to: Rendering) -> Attachment:
    """Draw ``chart`` with its labels in the recipient's language."""
    labels = [catalogue.render(bar.label, bar.args, to) for bar in chart.bars]
    values = [bar.value for bar in chart.bars]
    # A Figure of its own (not pyplot's global state), so concurrent sends never mix charts.
    figure = Figure(figsize=(8, 4.5), dpi=100)
    axes = figure.subplots()
    if chart.kind == "funnel":
        positions = list(range(len(values)))[::-1]
        axes.barh(positions, values, color="#3b7dd8")
        axes.set_yticks(positions, labels)
        first = values[0] if values else 0
        for position, value in zip(positions, values, strict=True):
            share = f" {value} ({round(100 * value / first)}%)" if first else f" {value}"
            axes.text(value, position, share, va="center")
    else:
        axes.bar(range(len(values)), values, color="#3b7dd8")
        axes.set_xticks(range(len(values)), labels, rotation=45, ha="right", fontsize=8)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(catalogue.render(chart.title, chart.args, to))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return Attachment(filename=chart.filename, media_type="image/png", data=buffer.getvalue())
