"""Stage 4: claims — what each source says happened — and contradictions between claimants.

The sub-steps, in order, for each sentence of a report:

    events         trigger lexicon → one EventMention per clause (PLOVER type, mode)      events.py
    claimant       statement speaker / reporting verb / "reports" / publication          claimant.py
    roles          actors and targets through the actor lexicon                          roles.py
    polarity       negated, hedged, modality                                             polarity.py
    acled          PLOVER → ACLED event and sub-event type                               acled.py
    counts, places, dates                                                                counts.py, places.py, dates.py

then across the document: what trigger-less sentences and neighbouring claims add (assembly.py), and
contradictions between claimants (contradictions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from counterclaim.lazy import lazy_attributes

if TYPE_CHECKING:
    from counterclaim.claims.contradictions import find_contradictions
    from counterclaim.claims.extract import find_claims

__all__ = ["find_claims", "find_contradictions"]

# Imported on first use (PEP 562): ``counterclaim.claims.gazetteer`` serves the store's place filter, and
# importing it must not load spaCy and every claims rule with it.
_HOMES = {"find_claims": "counterclaim.claims.extract", "find_contradictions": "counterclaim.claims.contradictions"}


__getattr__ = lazy_attributes("counterclaim.claims", _HOMES)
