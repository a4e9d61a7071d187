"""Exported tables as CSV documents, with column headers in the recipient's language."""

from __future__ import annotations

import csv
import io

from bot.i18n import Catalogue, Rendering
from handlers.core.values import Attachment, Table


def csv_file(table: Table, catalogue: Catalogue, to: Rendering) -> Attachment:
    """Write ``table`` as UTF-8 CSV with a byte-order mark, so spreadsheets read accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([catalogue.render(column, {}, to) for column in table.columns])
    writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    data = buffer.getvalue().encode("utf-8-sig")
    return Attachment(filename=table.filename, media_type="text/csv", data=data)
