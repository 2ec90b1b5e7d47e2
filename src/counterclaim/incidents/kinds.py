"""Which claims make incidents, and which only attach to one (the lists are data files).

Incident claims (``data/incident_event_types.txt``): asserted claims (denials included) of the material
PLOVER types and of meetings, deals and concessions, so that non-violent news groups too. Claims that
answer an event (``data/response_event_types.txt``: accusations, denials, calls, threats) and claims of
plans or conditions join the incident of the nearest incident claim of their own report, if any.
"""

from __future__ import annotations

from counterclaim.datafiles import words
from counterclaim.models import Claim

__all__ = ["attaches", "forms_incident"]

_PACKAGE = "counterclaim.incidents"
_INCIDENT_TYPES = words(_PACKAGE, "incident_event_types")
_RESPONSE_TYPES = words(_PACKAGE, "response_event_types")


def forms_incident(claim: Claim) -> bool:
    """A claim that is (part of) an event of its own: an incident type, asserted (or denied), not a plan."""
    return claim.event_type.casefold() in _INCIDENT_TYPES and claim.modality == "asserted"


def attaches(claim: Claim) -> bool:
    """A claim about an event rather than an event: a response, or a plan or condition of an incident type."""
    kind = claim.event_type.casefold()
    return not forms_incident(claim) and (kind in _RESPONSE_TYPES or kind in _INCIDENT_TYPES)
