"""Output formats for people and for tools: JSON / JSON Lines, CSV, and readable tables.

Why one module: the CLI's ``extract``, ``statements`` and ``claims`` commands print the same
records the same way, and a notebook user can call these too.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from counterclaim.models import Claim, Contradiction, Extraction, Statement

__all__ = [
    "claim_rows",
    "claims_table",
    "contradictions_table",
    "extraction_json",
    "speaker_label",
    "statement_rows",
    "statements_table",
    "write_csv",
]

QUOTE_WIDTH = 90


def extraction_json(extraction: Extraction, *, indent: int | None = None) -> str:
    return json.dumps(extraction.as_dict(), ensure_ascii=False, indent=indent)


def speaker_label(statement: Statement) -> str:
    """ "Igor Konashenkov (spokesman, Russian Defence Ministry)" — name first, then what the text says they are."""
    speaker = statement.speaker
    name = speaker.name or speaker.as_written
    details = [d for d in (speaker.rank, speaker.title, speaker.affiliation) if d]
    if speaker.country and not any(speaker.country in d for d in details) and speaker.country != name:
        details.append(speaker.country)
    return f"{name} ({', '.join(details)})" if details else name


def _shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def statements_table(statements: Sequence[Statement], *, title: str | None = None) -> Table:
    """Who says what: one row per statement, in text order."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker", style="bold")
    table.add_column("kind")
    table.add_column("cue")
    table.add_column("", justify="center")
    table.add_column("quote")
    for number, statement in enumerate(statements, 1):
        table.add_row(
            str(number),
            Text(speaker_label(statement)),
            statement.speaker.kind,
            Text(statement.cue or "—"),
            "“”" if statement.direct else "",
            Text(_shorten(statement.quote)),
        )
    return table


def _claim_summary(claim: Claim) -> str:
    parts = []
    if claim.actors:
        parts.append(", ".join(claim.actors))
    parts.append(("NOT " if claim.negated else "") + claim.event_type + (f"/{claim.mode}" if claim.mode else ""))
    if claim.targets:
        parts.append("→ " + ", ".join(claim.targets))
    if claim.locations:
        parts.append("in " + ", ".join(loc.name for loc in claim.locations))
    for count in claim.counts:
        low = "?" if count.low is None else str(count.low)
        high = "…" if count.high is None else str(count.high)
        figure = low if count.low == count.high else f"{low}–{high}"
        parts.append(f"[{count.category}{' ' + count.subject if count.subject else ''}: {figure}]")
    return " ".join(parts)


def claims_table(claims: Sequence[Claim], *, title: str | None = None) -> Table:
    """What each source says happened: one row per claim."""
    table = Table(title=title)
    table.add_column("claimant", style="bold")
    table.add_column("claim")
    table.add_column("when")
    table.add_column("flags")
    for claim in claims:
        marks = (("negated", claim.negated), ("hedged", claim.hedged), ("headline", claim.in_headline))
        flags = [f for f, on in marks if on]
        if claim.modality != "asserted":
            flags.append(claim.modality)
        table.add_row(
            Text(claim.claimant.name or claim.claimant.kind),
            Text(_claim_summary(claim)),
            _when(claim),
            ", ".join(flags),
        )
    return table


def _when(claim: Claim) -> str:
    """The claim's own date, else the day its report was published, marked as such."""
    if claim.date.start:
        return claim.date.start
    return f"reported {claim.date.reported}" if claim.date.reported else ""


def contradictions_table(contradictions: Sequence[Contradiction], *, title: str | None = None) -> Table:
    table = Table(title=title)
    table.add_column("attribute", style="bold red")
    table.add_column("who disagrees")
    table.add_column("summary")
    for contradiction in contradictions:
        table.add_row(
            contradiction.attribute,
            Text(" vs ".join(c or "?" for c in contradiction.claimants)),
            Text(contradiction.summary),
        )
    return table


def print_extraction(console: Console, extraction: Extraction) -> None:
    """The readable view of one document: who says what, what is claimed, who disagrees."""
    document = extraction.document
    heading = document.title or (PurePath(document.source).name if document.source else document.id)
    console.print(statements_table(extraction.statements, title=f"Who says what — {heading}"))
    if extraction.claims:
        console.print(claims_table(extraction.claims, title="What is claimed"))
    if extraction.contradictions:
        console.print(contradictions_table(extraction.contradictions, title="Who disputes it"))


def statement_rows(statements: Iterable[Statement]) -> list[dict[str, Any]]:
    """Flat rows (speaker fields spread into columns) for CSV and spreadsheets."""
    rows = []
    for s in statements:
        row = {k: v for k, v in s.as_dict().items() if k != "speaker"}
        row.update({f"speaker_{k}": v for k, v in s.speaker.as_dict().items()})
        rows.append(row)
    return rows


def claim_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Flat rows for CSV: lists joined with "; ", nested records as JSON."""
    rows = []
    for c in claims:
        rows.append(
            {
                "id": c.id,
                "document_id": c.document_id,
                "event_type": c.event_type,
                "mode": c.mode,
                "acled_event_type": c.acled.event_type if c.acled else None,
                "acled_sub_event_type": c.acled.sub_event_type if c.acled else None,
                "actors": "; ".join(c.actors),
                "targets": "; ".join(c.targets),
                "target_categories": "; ".join(c.target_categories),
                "locations": "; ".join(loc.name for loc in c.locations),
                "date_start": c.date.start,
                "date_end": c.date.end,
                "date_reported": c.date.reported,
                "date_basis": c.date.date_basis,
                "counts": json.dumps([count.as_dict() for count in c.counts], ensure_ascii=False),
                "claimant": c.claimant.name,
                "claimant_kind": c.claimant.kind,
                "negated": c.negated,
                "hedged": c.hedged,
                "modality": c.modality,
                "start": c.start,
                "end": c.end,
                "in_headline": c.in_headline,  # then start/end index the document's title
            }
        )
    return rows


def write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
