"""Stage 4: words that match a trigger but report no event — read on whole news reports, claim by claim.

Why a module of its own: each test below is one linguistic class that a trigger word falls into when it names
no happening, found by reading the claims of real reports (``bench/quality_precision.py``, tune half), never one
sentence's wording:

- a month name: "since March 2011" is a date, not a march;
- a hyphenated modifier: "Iranian-backed militias", "US-led strikes" describe who the militias or strikes
  belong to, they report no act of backing or leading;
- a legal-status participle: "weapons banned by treaty", "a group (outlawed in Russia)" give a status, not an
  act of banning; Russian outlets print the parenthetical after every proscribed group's name;
- the complement of a negated ability or of refraining: "was not able to cut the road", "unable to complete the
  encirclement", "abstained from releasing" — the act did not happen (an attempt is coded as the act, and kept);
- the to-infinitive of a refusal: "refused to withdraw", "declined to resign" — the act did not happen; the refusal
  is the REJECT;
- an attribution frame: "Speaking to Reuters, the governor said ..." is how a statement was made, not a meeting
  (a participle with content of its own, "urging the agency to act", is a request and stays);
- a stated reason: "executed for cooperating with the government", "arrested for spying" — the charge behind
  an act, which the reporter does not assert as an event of its own;
- an affiliation participle: "units backed by the air force", "rebels supported by Turkey" say whose side a group
  is on (like "Turkish-backed rebels"), they report no act of support;
- the content of a threat set off as an adjunct: "vowed in a speech to recapture every city" — the threatened
  act has not happened; the THREATEN is the event (a complement, "vowed to recapture", is left to polarity, which
  makes it a future act and PLOVER's THREATEN);
- the terms of a threat or ultimatum: "threatened to halt talks if the US deploys missiles", "will withdraw unless
  the president arranges a ceasefire" — what the threatener demands or fears has not happened; the THREATEN is the
  event (PLOVER codes the whole as one; CAMEO 139 "Give ultimatum").
"""

from __future__ import annotations

from spacy.tokens import Token

from counterclaim.claims.clauses import lemma, subjects
from counterclaim.claims.triggers import trigger_rules
from counterclaim.datafiles import SHARED, words

__all__ = ["reports_no_event"]

_MONTHS = words(SHARED, "months")
_STATUS_PARTICIPLES = words("counterclaim.claims", "status_participles")
_REFRAINING_WORDS = words("counterclaim.claims", "refraining_words")
_REFUSAL_WORDS = words("counterclaim.claims", "refusal_words")
_ABILITY_WORDS = words("counterclaim.claims", "ability_words")
_REPORTING = words(SHARED, "reporting_verbs") | words(SHARED, "reporting_verbs_epistemic")
_REASON_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "pcomp", "prep", "advcl", "ccomp"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp"})
_AFFILIATION_PARTICIPLES = words("counterclaim.claims", "affiliation_participles")
_LIGHT_VERBS = words("counterclaim.claims", "light_verbs")
_THREATENED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN"})


def _month_name(token: Token) -> bool:
    """ "in March 2011", "on March 27": a capitalised month name next to a number or inside a date."""
    if (lemma(token) not in _MONTHS and token.lower_ not in _MONTHS) or not token.is_title:
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return token.ent_type_ in {"DATE", "TIME"} or any(t.like_num for t in neighbours)


def _hyphen_modifier(token: Token) -> bool:
    """ "Western-backed rebels", "internationally-banned phosphorus", "Kurdish-led forces": a participle glued by a
    hyphen to the word before it, used as a modifier (not the verb of a clause)."""
    if token.i < 2 or token.tag_ not in {"VBN", "VBD", "JJ"}:
        return False
    hyphen, before = token.doc[token.i - 1], token.doc[token.i - 2]
    glued = hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_
    return glued and token.dep_ not in {"ROOT", "ccomp", "conj", "advcl", "relcl"}


def _inside_brackets(token: Token) -> bool:
    sentence = token.sent
    before = [t.text for t in token.doc[sentence.start : token.i]]
    after = [t.text for t in token.doc[token.i + 1 : sentence.end]]
    opened = len(before) - before[::-1].index("(") - 1 if "(" in before else -1
    return opened >= 0 and ")" not in before[opened:] and ")" in after


def _status_participle(token: Token) -> bool:
    """ "banned weapons", "a group banned in Russia", "(outlawed in Russia)": a legal status, not an act."""
    if lemma(token) not in _STATUS_PARTICIPLES or token.tag_ != "VBN" or subjects(token):
        return False
    return token.dep_ in {"amod", "acl", "compound", "appos"} or _inside_brackets(token)


def _governors(token: Token, steps: int = 3) -> list[Token]:
    """The words a trigger is the complement of: through open complements, "to" clauses and prepositions."""
    found, current = [], token
    for _ in range(steps):
        if (current.dep_ not in _COMPLEMENT_DEPS and current.dep_ != "pobj") or current.head == current:
            break
        current = current.head
        found.append(current)
    return found


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for c in token.head.children if token.dep_ == "acomp"
    )


def _unrealised(token: Token) -> bool:
    """ "unable to complete", "not able to cut", "abstaining from releasing", "avoided hitting": the act did not
    happen. An attempt ("tried to arrest") is left alone: coders code an attempted act as the act."""
    for governor in _governors(token):
        word = lemma(governor)
        if word in _REFRAINING_WORDS:
            return True
        if word in _ABILITY_WORDS and (word.startswith(("un", "in")) or _negated(governor)):
            return True
    return False


def _refused(token: Token) -> bool:
    """ "refused to withdraw", "declined to resign", "their refusal to accept the plan", "refused to launch an attack":
    the to-infinitive of a refusal did not happen; the refusal is the event (REJECT, its own trigger)."""
    verb = _clause_verb(token)
    if verb.dep_ not in {"xcomp", "acl"} or not _infinitive(verb) or verb.head == verb:
        return False
    return lemma(verb.head) in _REFUSAL_WORDS


def _attribution_frame(token: Token) -> bool:
    """ "Speaking to AFP, the director said ...": a subjectless participle clause on a verb of saying. A participle
    with content of its own ("posted a letter urging the agency to act", "said, calling on the UN to intervene")
    is a speech act the report asserts, not the frame of another one."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in {"advcl", "xcomp", "npadvmod"}
        and not subjects(token)
        and not _carries_content(token)
        and lemma(token.head) in _REPORTING
    )


def _carries_content(token: Token) -> bool:
    """A clausal complement ("urging them to leave", "warning that ..."): what was asked or said, not how."""
    return any(c.dep_ in _CONTENT_DEPS for c in token.children)


def _stated_reason(token: Token, rule_types: dict[int, str]) -> bool:
    """ "executed for cooperating with the government", "jailed for spying": the charge behind the act. Read from
    the words as well as the parse, since Title-Case headlines ("Executes 128 ... for Cooperating") parse badly."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "for" or not token.lower_.endswith("ing"):
        return False
    if token.dep_ == "pcomp" and rule_types.get(token.head.head.i) in _REASON_TYPES:
        return True
    before = token.doc[token.sent.start : token.i - 1]
    return any(rule_types.get(t.i) in _REASON_TYPES or _reason_word(t) for t in before)


def _reason_word(token: Token) -> bool:
    """A verb of punishing or attacking by its surface form, for headlines the tagger misreads ("Executes")."""
    if not token.is_title:
        return False
    rules = trigger_rules()
    forms = {token.lower_, token.lower_[:-1], token.lower_[:-2], token.lower_[:-1] + "e"}
    found = (rule for form in forms for rule in rules.get(form, ()))
    return any(rule.event_type in _REASON_TYPES and rule.pos != "NOUN" for rule in found)


def _affiliation_participle(token: Token) -> bool:
    """ "units of the army backed by the air force", "rebels supported by Turkey": a participle modifying a noun
    says whose side the group is on; "Turkey backed the rebels" (a clause of its own) is still an event."""
    if lemma(token) not in _AFFILIATION_PARTICIPLES or token.tag_ not in {"VBN", "VBD"}:
        return False
    if token.tag_ == "VBN" and token.dep_ in {"acl", "amod"} and not subjects(token):
        return True
    return _bare_passive(token)


def _bare_passive(token: Token) -> bool:
    """ "The brigade backed by allied militias then retook the hill": a participle right after a noun with its
    agent ("by") next and no passive auxiliary is a reduced relative, whatever the tagger made of it (an active
    "backed" takes an object, not "by")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is None or before is None or after.lower_ != "by" or before.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(c.dep_ in {"auxpass", "aux"} for c in token.children)


def _clause_verb(token: Token) -> Token:
    """The verb whose clause the trigger asserts: the light verb of a nominal trigger ("to launch an attack"), and
    the first verb of a coordination ("to restore order and release the hostages")."""
    current = token
    if current.dep_ == "dobj" and lemma(current.head) in _LIGHT_VERBS:
        current = current.head
    for _ in range(4):
        if current.dep_ != "conj" or current.head == current:
            break
        current = current.head
    return current


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _threatened_in_adjunct(token: Token, rule_types: dict[int, str]) -> bool:
    """ "vowed in a speech to recapture every city": a to-infinitive adjunct of a threat is what is threatened."""
    verb = _clause_verb(token)
    if verb.dep_ != "advcl" or not _infinitive(verb) or verb.head == verb:
        return False
    return rule_types.get(verb.head.i) == "THREATEN" and rule_types.get(token.i) in _THREATENED_TYPES


_THREAT_CONDITION_MARKS = words("counterclaim.claims", "threat_condition_marks")
_FUTURE_MODALS = frozenset({"will", "would", "'ll"})


def _threatening(verb: Token, rule_types: dict[int, str]) -> bool:
    """A threat, the act a threat names ("threatened to halt"), or an act a party announces it will do."""
    if rule_types.get(verb.i) == "THREATEN":
        return True
    if verb.i in rule_types and any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children):
        return True
    governed = _clause_verb(verb)
    return _infinitive(governed) and governed.head != governed and rule_types.get(governed.head.i) == "THREATEN"


def _threat_condition(token: Token, rule_types: dict[int, str]) -> bool:
    """ "threatened to halt the talks if the US deploys missiles", "will withdraw its force unless the president
    arranges a ceasefire", "vowed to fight until they gain control": the terms of a threat or ultimatum are what the
    threatener demands or fears, not events; PLOVER codes the whole as one THREATEN (CAMEO 13, 139)."""
    current = token
    for _ in range(8):
        if current.head == current:
            return False
        marked = any(c.dep_ == "mark" and c.lower_ in _THREAT_CONDITION_MARKS for c in current.children)
        if current.dep_ == "advcl" and marked:
            return _threatening(current.head, rule_types)
        current = current.head
    return False


def reports_no_event(token: Token, rule_types: dict[int, str]) -> bool:
    """Whether a matched trigger falls into one of the classes above (``rule_types``: the sentence's triggers)."""
    return (
        _month_name(token)
        or _hyphen_modifier(token)
        or _status_participle(token)
        or _unrealised(token)
        or _refused(token)
        or _attribution_frame(token)
        or _stated_reason(token, rule_types)
        or _affiliation_participle(token)
        or _threatened_in_adjunct(token, rule_types)
        or _threat_condition(token, rule_types)
    )
