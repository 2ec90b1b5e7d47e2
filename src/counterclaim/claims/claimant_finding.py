"""What a claimant rule found: the claimant, their side's country, and the rule's name — and, for a bench, a record
of which rule named each claim's claimant.

Why a module of its own: ``claimant.py`` holds the rules; this is the record they return and the diagnostic
trace the figures bench reads (``bench/quality_figures.py --errors`` sorts claimant errors by the rule that
named our claimant). The trace is off unless ``trace_rules()`` was called: the pipeline pays nothing for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from counterclaim.models import Claimant

__all__ = ["ClaimantFinding", "record", "stop_tracing", "tagged", "trace_rules"]


@dataclass(frozen=True, slots=True)
class ClaimantFinding:
    """The claimant plus the country of their side, for "our forces" and "the country's air force"; ``rule``
    names the step that found it ("statement(reported)", "reporting subject", "publication", …), so that a
    bench can sort claimant errors by where the claimant came from (``trace_rules``)."""

    claimant: Claimant
    country: str | None
    rule: str = ""


# ``trace_rules()``: (document id, trigger offset) → (trigger, rule, claimant name), filled while a bench asks.
_TRACE: list[dict[tuple[str, int], tuple[str, str, str | None]]] = []


def trace_rules() -> dict[tuple[str, int], tuple[str, str, str | None]]:
    """Start recording which rule gave each claim its claimant (a bench's diagnostic; off unless asked)."""
    if not _TRACE:
        _TRACE.append({})
    return _TRACE[0]


def stop_tracing() -> None:
    """Stop recording (and forget) the trace ``trace_rules`` started."""
    _TRACE.clear()


def tagged(finding: ClaimantFinding, rule: str) -> ClaimantFinding:
    """The finding with the rule that found it (the inner rule kept after it: "statement(reported) > holder")."""
    return replace(finding, rule=f"{rule} > {finding.rule}" if finding.rule else rule)


def record(document_id: str, trigger: Token, found: ClaimantFinding) -> None:
    """Note the rule that named this claim's claimant, when a bench asked for the trace."""
    if _TRACE:
        _TRACE[0][(document_id, trigger.idx)] = (trigger.text, found.rule, found.claimant.name)
