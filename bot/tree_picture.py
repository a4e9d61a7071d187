"""Tree pictures (the referral chain) drawn as PNG with matplotlib, for channels that show images.

The Agg backend draws without a display. The picture is sized for a phone held upright: one
row per node, large type, and colours that say how each step went, with a legend in the
recipient's language.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # before pyplot: no display on a server

from matplotlib.figure import Figure

from bot.i18n import Catalogue, Rendering
from handlers.core.values import Attachment, TreePicture

COLOURS = {"met": "#2e7d32", "waiting": "#f9a825", "ended": "#9e9e9e"}
ROW = 0.55  # inches per node
HEADER = 1.0  # inches for the title and the legend
MOST = 60  # nodes drawn; a longer chain says how many were left out


def draw_tree(picture: TreePicture, catalogue: Catalogue, to: Rendering) -> Attachment:
    """Draw ``picture`` as a PNG: indented nodes joined to their parent, coloured by status."""
    nodes = picture.nodes[:MOST]
    rows = max(len(nodes), 1)
    height = HEADER + ROW * rows + 0.2
    figure = Figure(figsize=(6, height), dpi=160)
    # The title and the legend sit in a band at the top; the tree fills the rest.
    axes = figure.add_axes((0.02, 0.2 / height, 0.96, ROW * rows / height))
    axes.set_axis_off()
    axes.set_xlim(-0.3, 6.5)
    axes.set_ylim(rows - 0.5, -0.5)
    parents: dict[int, int] = {}
    for row, node in enumerate(nodes):
        x = node.depth * 0.6
        parent = parents.get(node.depth - 1)
        if node.depth > 0 and parent is not None:
            px = (node.depth - 1) * 0.6
            axes.plot([px, px, x], [parent, row, row], color="#607d8b", linewidth=1.2)
        parents[node.depth] = row
        axes.scatter([x], [row], s=360 if node.star else 170, color=COLOURS[node.status],
                     zorder=3, marker="*" if node.star else "o", edgecolors="white")  # fmt: skip
        when = f"  {node.when.isoformat()}" if node.when else ""
        axes.text(x + 0.22, row, f"{node.label}{when}", va="center", fontsize=11)
    title = catalogue.render(picture.title, dict(picture.args), to)
    figure.text(0.03, 1 - 0.3 / height, title, fontsize=13, va="center")
    handles = [
        axes.scatter([], [], s=120, color=colour,
                     label=catalogue.render(f"referrals-picture-{status}", {}, to))
        for status, colour in COLOURS.items()
    ]  # fmt: skip
    figure.legend(handles=handles, loc="center left", bbox_to_anchor=(0.01, 1 - 0.75 / height),
                  fontsize=10, frameon=False, ncols=3)  # fmt: skip
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return Attachment(filename="chain.png", media_type="image/png", data=buffer.getvalue())
