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

from counterclaim.models import Claim, Contradiction, DocumentSummary, Extraction, Provenance, Statement

__all__ = [
    "claim_rows",
    "claims_table",
    "contradiction_rows",
    "contradictions_table",
    "document_rows",
    "documents_table",
    "extraction_json",
    "highlighted_text",
    "outlet_label",
    "print_document",
    "provenance_columns",
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


def statements_table(
    statements: Sequence[Statement], *, title: str | None = None, sources: bool | None = None
) -> Table:
    """Who says what: one row per statement, in text order."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker", style="bold")
    table.add_column("kind")
    table.add_column("cue")
    table.add_column("", justify="center")
    table.add_column("quote")
    traced = _traced(statements, sources)
    if traced:
        table.add_column("outlet")
        table.add_column("published")
    for number, statement in enumerate(statements, 1):
        table.add_row(
            str(number),
            Text(speaker_label(statement)),
            statement.speaker.kind,
            Text(statement.cue or "—"),
            "“”" if statement.direct else "",
            Text(_shorten(statement.quote)),
            *(_outlet_and_day(statement.provenance) if traced else ()),
        )
    return table


def _traced(records: Sequence[Statement | Claim | Contradiction], sources: bool | None) -> bool:
    """Whether a table shows outlet and date: asked for, or (None) whenever the records carry provenance.

    A single report's view (``print_extraction``) names the report above its tables instead.
    """
    return any(r.provenance is not None for r in records) if sources is None else sources


def outlet_label(provenance: Provenance | None) -> str:
    """Who published the report, as short as a table cell allows: the outlet, else the file it was read from."""
    if provenance is None:
        return ""
    if provenance.outlet:
        return provenance.outlet
    return PurePath(provenance.source).name if provenance.source else provenance.document_id


def _outlet_and_day(provenance: Provenance | None) -> tuple[Text, str]:
    day = (provenance.published or "")[:10] if provenance is not None else ""
    return Text(outlet_label(provenance)), day


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


def claims_table(claims: Sequence[Claim], *, title: str | None = None, sources: bool | None = None) -> Table:
    """What each source says happened: one row per claim."""
    table = Table(title=title)
    table.add_column("claimant", style="bold")
    table.add_column("claim")
    table.add_column("when")
    table.add_column("flags")
    traced = _traced(claims, sources)
    if traced:
        table.add_column("outlet")
        table.add_column("published")
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
            *(_outlet_and_day(claim.provenance) if traced else ()),
        )
    return table


def _when(claim: Claim) -> str:
    """The claim's own date, else the day its report was published, marked as such."""
    if claim.date.start:
        return claim.date.start
    return f"reported {claim.date.reported}" if claim.date.reported else ""


def contradictions_table(
    contradictions: Sequence[Contradiction], *, title: str | None = None, sources: bool | None = None
) -> Table:
    table = Table(title=title)
    table.add_column("attribute", style="bold red")
    table.add_column("who disagrees")
    table.add_column("summary")
    traced = _traced(contradictions, sources)
    if traced:
        table.add_column("outlet")
        table.add_column("published")
    for contradiction in contradictions:
        table.add_row(
            contradiction.attribute,
            Text(" vs ".join(c or "?" for c in contradiction.claimants)),
            Text(contradiction.summary),
            *(_outlet_and_day(contradiction.provenance) if traced else ()),
        )
    return table


def print_extraction(console: Console, extraction: Extraction) -> None:
    """The readable view of one document: who says what, what is claimed, who disagrees."""
    document = extraction.document
    heading = document.title or (PurePath(document.source).name if document.source else document.id)
    console.print(statements_table(extraction.statements, title=f"Who says what — {heading}", sources=False))
    if extraction.claims:
        console.print(claims_table(extraction.claims, title="What is claimed", sources=False))
    if extraction.contradictions:
        console.print(contradictions_table(extraction.contradictions, title="Who disputes it", sources=False))


def provenance_columns(provenance: Provenance | None) -> dict[str, Any]:
    """A record's provenance as flat columns (empty cells when the record has none).

    The same names as the export's flat claim rows (``counterclaim.export.flat``), so statements, claims and
    contradictions join on them in a spreadsheet or data frame.
    """
    return {
        "url": provenance.url if provenance else None,
        "source": provenance.source if provenance else None,
        "outlet": outlet_label(provenance) or None,
        "title": provenance.title if provenance else None,
        "published": provenance.published if provenance else None,
        "evidence": provenance.evidence if provenance else None,
    }


def statement_rows(statements: Iterable[Statement]) -> list[dict[str, Any]]:
    """Flat rows (speaker fields spread into columns, then the provenance's) for CSV and spreadsheets."""
    rows = []
    for s in statements:
        row = {k: v for k, v in s.as_dict().items() if k not in {"speaker", "provenance"}}
        row.update({f"speaker_{k}": v for k, v in s.speaker.as_dict().items()})
        row.update(provenance_columns(s.provenance))
        rows.append(row)
    return rows


def claim_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Flat rows for CSV (counts, first place and provenance as columns): the export's flat rows."""
    from counterclaim.export.flat import flat_rows  # one definition of a flat claim row, shared with exports

    return flat_rows(claims)


def contradiction_rows(contradictions: Iterable[Contradiction]) -> list[dict[str, Any]]:
    """Flat rows for CSV: the two claims and claimants in columns of their own, then the provenance."""
    rows = []
    for c in contradictions:
        claims = [*c.claims, None, None][:2]
        claimants = [*c.claimants, None, None][:2]
        row: dict[str, Any] = {
            "attribute": c.attribute,
            "claim_a": claims[0],
            "claim_b": claims[1],
            "claimant_a": claimants[0],
            "claimant_b": claimants[1],
            "summary": c.summary,
            "document_id": c.document_id,
        }
        row.update(provenance_columns(c.provenance))
        rows.append(row)
    return rows


def write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)


def documents_table(documents: Sequence[DocumentSummary], *, title: str | None = None) -> Table:
    """The stored reports: id, day, outlet, title and what was found in each."""
    table = Table(title=title)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title")
    for noun in ("statements", "claims", "disputes"):
        table.add_column(noun, justify="right")
    for d in documents:
        table.add_row(
            d.id,
            (d.published or "")[:10],
            Text(d.outlet or (PurePath(d.source).name if d.source else "")),
            Text(_shorten(d.title or "", 60)),
            str(d.statements),
            str(d.claims),
            str(d.contradictions),
        )
    return table


def document_rows(documents: Iterable[DocumentSummary]) -> list[dict[str, Any]]:
    return [d.as_dict() for d in documents]


# Styles of the highlighted document view: what a statement, its speaker and cue, and a claim cover.
_STYLES = {"quote": "green", "speaker": "bold cyan", "cue": "bold magenta", "claim": "underline yellow"}


def highlighted_text(extraction: Extraction) -> Text:
    """The report's text with its statements (green), speakers, cues and claims (underlined) marked.

    The text is scraped from the web: it is given to rich as plain text, never parsed as markup, so a
    "[bold]" in a report prints as written.
    """
    text = Text(extraction.document.text)
    length = len(extraction.document.text)

    def mark(start: int | None, end: int | None, style: str) -> None:
        if start is not None and end is not None and 0 <= start < end <= length:
            text.stylize(style, start, end)

    for claim in extraction.claims:
        mark(claim.start, claim.end, _STYLES["claim"])
    for statement in extraction.statements:
        mark(statement.start, statement.end, _STYLES["quote"])
        mark(statement.speaker_start, statement.speaker_end, _STYLES["speaker"])
        mark(statement.cue_start, statement.cue_end, _STYLES["cue"])
    return text


def print_document(console: Console, extraction: Extraction) -> None:
    """One stored report: its metadata and counts, its text with what was found marked, then the tables."""
    document = extraction.document
    provenance = Provenance(document_id=document.id, url=document.url, source=document.source)
    heading = Text(document.title or outlet_label(provenance), style="bold")
    details = [
        ("id", document.id),
        ("outlet", outlet_label(provenance)),
        ("published", document.published or "unknown"),
        ("url", document.url or "—"),
        ("source", document.source or "—"),
    ]
    console.print(heading)
    for label, value in details:
        console.print(Text.assemble((f"{label:>10}  ", "dim"), value))
    counts = (f"{len(extraction.statements)} statement(s), {len(extraction.claims)} claim(s), "
              f"{len(extraction.contradictions)} contradiction(s)")
    console.print(Text.assemble(("    counts  ", "dim"), counts))
    legend = Text.assemble(
        ("quote", _STYLES["quote"]), "  ", ("speaker", _STYLES["speaker"]), "  ", ("cue", _STYLES["cue"]), "  ",
        ("claim", _STYLES["claim"]),
    )
    console.print(Text.assemble(("    legend  ", "dim"), legend))
    console.rule()
    console.print(highlighted_text(extraction))
    console.rule()
    if extraction.statements:
        console.print(statements_table(extraction.statements, title="Who says what", sources=False))
    if extraction.claims:
        console.print(claims_table(extraction.claims, title="What is claimed", sources=False))
    if extraction.contradictions:
        console.print(contradictions_table(extraction.contradictions, title="Who disputes it", sources=False))
