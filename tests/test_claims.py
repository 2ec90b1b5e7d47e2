"""Stage 4 claims: the seed report end to end, general rules on short sentences, and a CENTCOM release.

The seed tests run the whole pipeline (ingest → spaCy → attribution → claims), so they also
depend on stage 3 and on the counts/places modules; each asserts what a reader of the report
would expect, never which sentence number it comes from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.models import Claim, Extraction
from counterclaim.pipeline import extract

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


def _one(text: str, event_type: str) -> Claim:
    found = [c for c in _claims(text) if c.event_type == event_type]
    assert found, f"no {event_type} claim in {text!r}: {[(c.event_type, c.trigger) for c in _claims(text)]}"
    return found[0]


def _is_ministry(claim: Claim) -> bool:
    name = (claim.claimant.name or "").casefold()
    return any(word in name for word in ("konashenkov", "defence", "defense"))


def _is_us_officials(claim: Claim) -> bool:
    name = claim.claimant.name or ""
    return ("US" in name or "United States" in name or "U.S." in name) and "official" in name.casefold()


# ---------------------------------------------------------------- the seed report


def _ministry_strikes(extraction: Extraction) -> list[Claim]:
    return [
        c
        for c in extraction.claims
        if c.event_type == "ASSAULT"
        and c.mode == "aerial"
        and "Russia" in c.actors
        and "Islamic State" in c.targets
        and _is_ministry(c)
        and not c.negated
    ]


def test_seed_ministry_claims_russian_air_strikes_on_islamic_state_in_syria(seed_extraction: Extraction) -> None:
    strikes = _ministry_strikes(seed_extraction)
    assert strikes
    assert any(loc.country == "Syria" for c in strikes for loc in c.locations)


def test_seed_ministry_strike_claim_counts_sorties_and_targets(seed_extraction: Extraction) -> None:
    def has_counts(claim: Claim) -> bool:
        sorties = [n for n in claim.counts if n.category in {"sorties", "flights"}]
        targets = [n for n in claim.counts if n.category == "targets"]
        about_20 = any((n.low or 0) <= 20 <= (n.high if n.high is not None else 10**9) for n in sorties)
        return about_20 and any(n.low == 8 for n in targets)

    assert any(has_counts(c) for c in _ministry_strikes(seed_extraction))


def test_seed_civilian_casualties_come_from_reports(seed_extraction: Extraction) -> None:
    casualties = [
        c
        for c in seed_extraction.claims
        if any(n.category == "casualties" and n.low == 36 and n.high is None for n in c.counts)
    ]
    assert casualties
    assert all(c.claimant.kind in {"unattributed", "group"} for c in casualties)


def test_seed_us_officials_deny_that_islamic_state_was_the_target(seed_extraction: Extraction) -> None:
    denials = [c for c in seed_extraction.claims if c.negated and "Islamic State" in c.targets and _is_us_officials(c)]
    assert denials


def test_seed_target_contradiction_between_ministry_and_us_officials(seed_extraction: Extraction) -> None:
    by_id = {c.id: c for c in seed_extraction.claims}
    on_target = [x for x in seed_extraction.contradictions if x.attribute == "target"]
    pairs = [[by_id[i] for i in x.claims] for x in on_target]
    assert any(
        any(_is_ministry(c) or "Russia" in (c.claimant.name or "") for c in pair)
        and any(_is_us_officials(c) for c in pair)
        for pair in pairs
    )


def test_seed_lavrov_rejection_is_a_claim_contradiction(seed_extraction: Extraction) -> None:
    assert any(x.attribute == "claim" for x in seed_extraction.contradictions)


def test_seed_parliament_approval_is_non_violent(seed_extraction: Extraction) -> None:
    approvals = [c for c in seed_extraction.claims if (c.trigger or "").lower().startswith("approv")]
    assert approvals
    assert all(c.event_type in {"AGREE", "SUPPORT"} and c.acled is None for c in approvals)
    assert "Russia" in approvals[0].actors


def test_seed_kerry_and_lavrov_talks_are_consult(seed_extraction: Extraction) -> None:
    talks = [c for c in seed_extraction.claims if c.event_type == "CONSULT" and any("Lavrov" in a for a in c.actors)]
    assert talks


def test_seed_claim_ids_and_offsets(seed_extraction: Extraction) -> None:
    text = seed_extraction.document.text
    for n, claim in enumerate(seed_extraction.claims, start=1):
        assert claim.id == f"{seed_extraction.document.id}-c{n:03d}"
        assert claim.trigger is not None and claim.trigger in text[claim.start : claim.end]


# ---------------------------------------------------------------- general rules, constructed sentences


def test_shelling_is_heavy_weapons_and_acled_shelling() -> None:
    claim = _one("Government forces shelled the town on Monday.", "ASSAULT")
    assert claim.mode == "heavy-weapons"
    assert claim.acled is not None and claim.acled.sub_event_type == "Shelling/artillery/missile attack"


def test_possessive_actor_and_aerial_mode() -> None:
    claim = _one("Russia's air force bombed rebel positions near the border.", "ASSAULT")
    assert claim.actors == ["Russia"]
    assert claim.mode == "aerial"
    assert claim.acled is not None and claim.acled.sub_event_type == "Air/drone strike"


def test_nationality_adjective_names_the_actor() -> None:
    claim = _one("Syrian troops attacked Islamic State fighters.", "ASSAULT")
    assert "Syria" in claim.actors and "Islamic State" in claim.targets


def test_killing_villagers_is_violence_against_civilians() -> None:
    claim = _one("Gunmen killed three villagers in the north.", "ASSAULT")
    assert claim.acled is not None and claim.acled.event_type == "Violence against civilians"


def test_clash_between_armed_groups_is_a_battle() -> None:
    claim = _one("Al-Shabaab militants clashed with Somali soldiers near the town.", "ASSAULT")
    assert claim.acled is not None and claim.acled.sub_event_type == "Armed clash"
    assert "Al-Shabaab" in claim.actors


def test_arrest_is_coerce_and_acled_arrests() -> None:
    claim = _one("Police arrested twelve opposition activists in the capital.", "COERCE")
    assert claim.mode == "arrest"
    assert claim.acled is not None and claim.acled.sub_event_type == "Arrests"


def test_peaceful_protest_and_protest_with_intervention() -> None:
    calm = _one("Hundreds of students protested against the new law in the capital.", "PROTEST")
    assert calm.acled is not None and calm.acled.sub_event_type == "Peaceful protest"
    met = _one(
        "Hundreds of students protested in the capital. Police fired tear gas to disperse the protesters.", "PROTEST"
    )
    assert met.acled is not None and met.acled.sub_event_type == "Protest with intervention"


def test_labour_strike_is_a_protest_not_an_attack() -> None:
    claims = _claims("Thousands of workers went on strike over unpaid wages.")
    assert [c.event_type for c in claims if (c.trigger or "").lower() == "strike"] == ["PROTEST"]


def test_meeting_is_consult() -> None:
    claim = _one("Iran's foreign minister met his Turkish counterpart in Ankara.", "CONSULT")
    assert "Iran" in claim.actors


def test_reported_negation_has_the_speaker_as_claimant() -> None:
    claim = _one("US officials say the air strikes did not hit ISIS targets.", "ASSAULT")
    assert claim.negated
    assert claim.targets == ["Islamic State"]
    assert claim.claimant.name is not None and "officials" in claim.claimant.name


def test_denial_negates_the_embedded_event() -> None:
    claim = _one("The ministry denied that its jets struck the hospital.", "ASSAULT")
    assert claim.negated


def test_no_indication_negates() -> None:
    claim = _one("There is no indication that the rebels attacked the convoy.", "ASSAULT")
    assert claim.negated


def test_hedges() -> None:
    assert _one("The strikes reportedly killed ten people.", "ASSAULT").hedged
    assert _one("It appears the jets bombed a market.", "ASSAULT").hedged
    assert not _one("The jets bombed a market.", "ASSAULT").hedged


def test_future_and_conditional_modality() -> None:
    deployment = _one("Turkey will deploy troops to the border.", "THREATEN")  # announced force: PLOVER's THREATEN
    assert deployment.modality == "future" and deployment.mode == "violence"
    conditional = [c for c in _claims("We would have grave concerns should Russia strike civilian areas.")]
    assert any(c.modality == "conditional" and c.event_type == "ASSAULT" for c in conditional)


def test_future_cooperation_announced_by_its_actor_is_agree() -> None:
    claim = _one("Putin says Russia will work with the Syrian army.", "AGREE")
    assert claim.modality == "future"


def test_refusal_is_reject() -> None:
    claim = _one("Jordan says it will not accept any new refugees from the camps.", "REJECT")
    assert not claim.negated


def test_demand_with_must_is_request() -> None:
    claim = _one("Kenya said on Monday that Somalia must hand over the captured pilots.", "REQUEST")
    assert "Kenya" in claim.actors and "Somalia" in claim.targets


def test_reports_of_casualties_are_unattributed() -> None:
    claim = _one("There have been reports of dozens of civilian casualties.", "ASSAULT")
    assert claim.claimant.name == "reports"
    assert claim.claimant.kind == "unattributed"


def test_unattributed_claim_belongs_to_the_publication() -> None:
    claim = _one("Rebels shelled the airport on Sunday.", "ASSAULT")
    assert claim.claimant.kind == "publication"


def test_target_categories_are_listed() -> None:
    claim = _one("The jets bombed weapons depots, command posts and fuel supplies.", "ASSAULT")
    assert len(claim.target_categories) == 3


def test_speech_topic_is_not_an_event() -> None:
    claims = _claims("Kerry and Lavrov spoke about the air strikes.")
    assert [c.event_type for c in claims] == ["CONSULT"]


def _all_names(claims: list[Claim]) -> set[str]:
    return {n for c in claims for n in [*c.actors, *c.targets]}


def test_abstract_nouns_name_no_participant() -> None:
    claims = _claims("The parliament approved the use of force abroad.")
    assert claims
    assert not any("use" in c.targets for c in claims)
    assert "purpose" not in " ".join(_all_names(_claims("The stated purpose of the raid was unclear, he said.")))


def test_dates_and_measures_are_not_targets() -> None:
    claim = _one("On Jan. 8, coalition forces conducted 34 strikes against militants.", "ASSAULT")
    assert not any("Jan" in t for t in claim.targets)
    claims = _claims("The army retook 500 square kilometers of territory from the rebels.")
    assert not any("kilometers" in n for n in _all_names(claims))


def test_modifiers_across_a_comma_are_not_part_of_the_name() -> None:
    claims = _claims("Near the river, soldiers attacked a rebel checkpoint.")
    assert claims
    assert not any("," in n for n in _all_names(claims))


def test_place_phrase_misread_as_a_name_is_not_an_actor() -> None:
    claims = _claims("Near Ar Kassab, strikes destroyed a rebel bunker.")
    assert claims
    assert not any(n.casefold().startswith("near") for n in _all_names(claims))


def test_clause_verb_is_not_an_actor() -> None:
    claims = _claims("Having refuelled, two aircraft struck a rebel convoy.")
    assert claims
    assert not any(n.casefold().startswith("having") for n in _all_names(claims))


def test_people_hidden_in_a_misread_clause_stay_actors() -> None:
    claim = _one("On 12 March, bus conductors held a protest in the port city.", "PROTEST")
    assert any("conductors" in a for a in claim.actors)


def test_crowd_counted_by_number_stays_an_actor() -> None:
    claim = _one("Hundreds protested outside the ministry on Monday.", "PROTEST")
    assert claim.actors


@pytest.mark.parametrize(
    "text",
    [
        "The minister stated an intent to fight the rebels.",
        "He welcomed their stated purpose to help fight the rebels.",
        "We will not be distracted in our fight against the rebels.",
        "Fighting the rebels without talks only risks more war.",
    ],
)
def test_intended_or_generic_fighting_is_not_an_event(text: str) -> None:
    assert not any(c.event_type == "ASSAULT" for c in _claims(text))


def test_actual_fighting_is_still_an_event() -> None:
    claim = _one("Government troops fought the rebels near the border on Sunday.", "ASSAULT")
    assert claim.actors


def _types(text: str) -> list[str]:
    return [c.event_type for c in _claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers staged demonstrations on Monday to demand higher prices.",
        "Thousands of students protested in the capital calling for new elections.",
        "Workers blocked the highway to press their demands for higher wages.",
    ],
)
def test_demand_voiced_by_a_protest_is_its_aim_not_a_request(text: str) -> None:
    types = _types(text)
    assert "PROTEST" in types
    assert "REQUEST" not in types


def test_object_of_a_demand_is_not_an_event() -> None:
    types = _types("The opposition demanded the resignation of the interior minister.")
    assert "REQUEST" in types
    assert "RETREAT" not in types


def test_object_of_an_order_stays_an_event() -> None:
    assert "MOBILIZE" in _types("The governor ordered the deployment of troops to the border.")


def test_answered_speech_act_is_not_a_new_one() -> None:
    types = _types("The government rejected an appeal from the opposition on Monday.")
    assert "REJECT" in types
    assert "REQUEST" not in types


def test_aid_or_truce_noun_as_a_modifier_is_not_an_event() -> None:
    types = _types("The agency suspended aid deliveries to the province on Monday.")
    assert "SANCTION" in types
    assert "AID" not in types
    assert "AGREE" not in _types("Gunmen fired on a car carrying truce monitors near the border.")


def test_word_of_a_name_is_not_a_trigger() -> None:
    assert "CONCEDE" not in _types("Amnesty International criticised the government on Monday.")
    assert "CONCEDE" in _types("The president granted an amnesty to the rebels.")


def test_talks_as_the_setting_of_another_event_are_not_a_consult() -> None:
    types = _types("The rebels demanded the release of prisoners at the third round of talks.")
    assert "REQUEST" in types
    assert "CONSULT" not in types
    assert "CONSULT" in _types("The two sides held talks in Geneva on Monday.")


# ---------------------------------------------------------------- real text: a CENTCOM release (public domain)


def test_centcom_hospital_release() -> None:
    text = (FIXTURES / "centcom_coalition_strikes_mosul_hospital.txt").read_text(encoding="utf-8")
    claims = _claims(text)
    aerial = [c for c in claims if c.event_type == "ASSAULT" and c.mode == "aerial" and not c.negated]
    assert aerial
    assert any(c.acled is not None and c.acled.sub_event_type == "Air/drone strike" for c in aerial)
    assert any(c.event_type == "REQUEST" for c in claims)  # "they requested immediate support from the Coalition"


def test_centcom_gasmask_release_is_aid() -> None:
    text = (FIXTURES / "centcom_coalition_gasmasks.txt").read_text(encoding="utf-8")
    aid = [c for c in _claims(text) if c.event_type == "AID"]
    assert aid
    assert any("US-led coalition" in c.actors for c in aid)


def test_state_department_statement_condemns_bombings() -> None:
    text = (FIXTURES / "state_dept_daesh_attacks_jabla_tartus.txt").read_text(encoding="utf-8")
    claims = _claims(text)
    condemn = [c for c in claims if c.event_type == "ACCUSE"]
    assert condemn and "United States" in condemn[0].actors
    assert any(c.event_type == "ASSAULT" and c.mode == "explosives" for c in claims)
    assert any(c.event_type == "REQUEST" for c in claims)  # "urged him to press the regime"
    assert not any(c.event_type == "PROTEST" for c in claims)  # "these actions demonstrate a disregard" is no protest


# ---------------------------------------------------------------- who claims it (issue 8, item 2)


def test_source_after_the_claim_without_a_comma_is_the_claimant() -> None:
    claim = _one("Mortar fire killed four people in the old city on Monday state radio reported.", "ASSAULT")
    assert claim.claimant.name == "state radio"
    assert claim.claimant.kind != "publication"


def test_a_source_inside_a_body_is_the_body() -> None:
    claim = _one("An informant at the Hama Police Command said gunmen shot two farmers.", "ASSAULT")
    assert claim.claimant.name is not None and "Hama Police Command" in claim.claimant.name


def test_acronym_and_role_noun_name_the_body_the_report_introduced() -> None:
    text = (
        "The Levant Monitoring Network (LMN) tracks the war from abroad. "
        "Air raids killed nine people in the valley, LMN said. "
        "Shelling wounded five more in a nearby village, the Paris-based monitor said."
    )
    claims = [c for c in _claims(text) if c.counts]
    assert len({c.claimant.name for c in claims}) == 1
    assert claims[0].claimant.name == "Levant Monitoring Network"


def test_lexicon_body_has_its_canonical_name() -> None:
    claim = _one("The so-called Syrian Observatory said rockets hit a bakery.", "ASSAULT")
    assert claim.claimant.name == "Syrian Observatory for Human Rights"


def test_lost_apostrophe_still_gives_the_country() -> None:
    claim = _one("Iraqs interior ministry said its police arrested twelve smugglers.", "COERCE")
    # the country survives the lost apostrophe, written as its adjective like any state organ ("Iraqi …")
    assert claim.claimant.name is not None and claim.claimant.name.split()[0] in {"Iraqi", "Iraq's"}
    assert claim.claimant.name.casefold().endswith("interior ministry")


def test_spokesman_speaks_on_behalf_of_his_ministry() -> None:
    claim = _one("Ruritanian Defence Ministry spokesman Karl Brenner said its jets struck six depots.", "ASSAULT")
    assert claim.claimant.kind == "person"
    assert claim.claimant.name == "Karl Brenner"
    assert claim.claimant.on_behalf_of is not None and "Defence Ministry" in claim.claimant.on_behalf_of


def test_publication_is_named_by_a_plain_source_label_but_not_by_a_path() -> None:
    result = extract("Gunmen attacked a checkpoint near the border.", source="Example Wire")
    claim = next(c for c in result.claims if c.event_type == "ASSAULT")
    assert (claim.claimant.name, claim.claimant.kind) == ("Example Wire", "publication")
    from_file = extract("Gunmen attacked a checkpoint near the border.", source="feeds/wire.txt")
    assert next(c for c in from_file.claims if c.event_type == "ASSAULT").claimant.name is None


# ---------------------------------------------------------------- denials as claims (issue 8, item 3)


def _negated_by(text: str) -> list[Claim]:
    return [c for c in _claims(text) if c.negated]


def test_denying_with_a_gerund_is_the_deniers_negated_claim() -> None:
    text = "A gas attack killed dozens in the town. The army denied using chemical weapons."
    denials = _negated_by(text)
    assert [(c.event_type, c.claimant.name) for c in denials] == [("ASSAULT", "army")]


def test_denying_a_that_clause_negates_the_embedded_event_for_the_denier() -> None:
    denials = _negated_by("The militia denied that its fighters shelled the camp.")
    assert denials and all(c.claimant.name == "militia" for c in denials)


def test_rejecting_the_allegations_denies_the_event_they_stand_for() -> None:
    text = "Rockets struck a market on Sunday. The rebel council rejected the allegations."
    denials = _negated_by(text)
    assert [(c.event_type, c.claimant.name) for c in denials] == [("ASSAULT", "rebel council")]


def test_rejecting_a_proposal_denies_nothing() -> None:
    text = "Troops shelled the village. The council rejected the proposal for talks."
    assert _negated_by(text) == []


def test_neither_confirmed_nor_denied_is_not_a_denial() -> None:
    assert _negated_by("The ministry neither confirmed nor denied that its jets struck the market.") == []


def test_counter_account_beside_a_denial_is_the_deniers_own_claim() -> None:
    text = "The army denied any involvement, instead issuing a statement blaming rebel groups."
    blame = _one(text, "ACCUSE")
    assert blame.claimant.name == "army" and not blame.negated


def test_subject_of_a_denial_is_not_negated() -> None:
    text = "The air force, which has been bombing the province for weeks, denied hitting the hospital."
    bombing = next(c for c in _claims(text) if c.trigger == "bombing")
    assert not bombing.negated


def test_clauses_that_only_look_negative_do_not_negate_the_event() -> None:
    assert not _one("Who staged the attack on the convoy was not immediately clear.", "ASSAULT").negated
    assert not _one("It is not the first time the army has shelled the town.", "ASSAULT").negated


def test_the_object_of_a_verb_of_using_is_the_instrument_not_the_target() -> None:
    used = extract("The army used chemical weapons in the town of Saraqib on Tuesday, the monitor said.").claims
    assert used and all(not any("weapon" in t for t in c.targets) for c in used)
    fired = extract("Rebels fired rockets at the airport in Hama, state media said.").claims
    assert any("airport" in c.targets for c in fired) and all("rockets" not in c.targets for c in fired)
