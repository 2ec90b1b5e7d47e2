"""The claimant rule trace the figures bench reads: each claim's claimant with the rule that named it, recorded only
once a bench asks. Own paraphrases, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.claimant_finding import ClaimantFinding, stop_tracing, tagged
from counterclaim.models import Claimant


def test_a_tag_keeps_the_inner_rule_after_the_outer() -> None:
    found = ClaimantFinding(Claimant("Levant Rights Monitor", "organisation"), None, "speaker")
    assert tagged(found, "statement(reported)").rule == "statement(reported) > speaker"
    assert tagged(ClaimantFinding(Claimant(None, "publication"), None), "publication").rule == "publication"


@pytest.mark.slow
def test_the_trace_names_the_rule_of_each_claim() -> None:
    from counterclaim.claims.claimant import trace_rules
    from counterclaim.pipeline import extract

    trace = trace_rules()
    text = "Jets bombed a bakery on Monday, the Levant Rights Monitor said. Rebels shelled the airport on Tuesday."
    try:
        result = extract(text, published="2016-05-02")
        rules = {value[0]: value[1] for (doc, _), value in trace.items() if doc == result.document.id}
    finally:
        stop_tracing()
    assert rules.get("bombed", "").endswith(("trailing source", "speaker"))
    assert rules.get("shelled") == "publication"
