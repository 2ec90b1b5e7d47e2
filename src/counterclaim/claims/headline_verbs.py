"""Stage 4: a verb of a Title-Case headline that the tagger read as a proper noun ("Car Bomb Kills Nine").

Why: the small English model reads most capitalised words as parts of a name, so the verb of a headline
written in Title Case ("Roadside Blast Kills Village Elder", "Air Raids Kill 14") becomes a proper noun
of one long compound and no trigger matches it. In a sentence cased as a title, a capitalised proper-noun
token outside any named entity whose inflected form is a verb trigger of the table ("Kills" → kill,
"Detains" → detain) is read as that verb. Only rules without a parse condition count: the parse of such a
headline cannot be trusted to test an object or a subject. A verb form right before a number ("Group Execute 70
Members", "Syrian Army Kills 70") is read so even when tagged a common noun or inside a mistaken entity, and a
rule that needs an object has it: the figure. Without this the headline's figure has no event
claim to sit on, so a title and its copy under the dateline (two mentions in the figures gold) both go unread.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from counterclaim.claims.triggers import TriggerRule, trigger_rules

__all__ = ["headline_verb_rule"]

_TITLE_SHARE = 0.7  # share of a sentence's longer words that are capitalised for it to read as a title
_MIN_WORDS = 4
_NOT_FIGURES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


_TITLE_KEY = "counterclaim.title_cased"  # Doc.user_data: sentence start → whether it reads as a title


def _title_cased(sentence: Span) -> bool:
    """Whether the sentence reads as a title (``_reads_as_title``), decided once per sentence: each capitalised
    proper noun of a sentence asks, and asking per token would read the sentence again for each."""
    known: dict[int, bool] = sentence.doc.user_data.setdefault(_TITLE_KEY, {})
    if sentence.start not in known:
        known[sentence.start] = _reads_as_title(sentence)
    return known[sentence.start]


def _reads_as_title(sentence: Span) -> bool:
    """Most words of four letters or more begin with a capital (function words may not)."""
    long_words = [t for t in sentence if t.is_alpha and len(t) >= 4]
    if len(long_words) < _MIN_WORDS:
        return False
    return sum(t.is_title or t.is_upper for t in long_words) / len(long_words) >= _TITLE_SHARE


def _verb_forms(word: str) -> list[str]:
    """The base forms a third-person or past form may come from: kills → kill, detains → detain, bombs → bomb."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
    return forms


def _before_figure(token: Token) -> bool:
    """ "Army Kills 70 Militants", "Group Execute 40 Members": a verb form right before a number in a title. The
    figure after it is the verb's object, so the word is a verb even where the tagger made it a common noun or put
    it inside a mistaken entity ("Syrian Army Kills" read as one organisation's name)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and not after.is_sent_start and after.like_num and after.ent_type_ not in _NOT_FIGURES


def _allowed(rule: TriggerRule, before_figure: bool) -> bool:
    """A rule without a parse condition; one that needs an object also when the figure after the verb is it."""
    if rule.pos != "VERB" or " " in rule.lemma:
        return False
    return rule.condition is None or (before_figure and rule.condition == "needs_object")


def headline_verb_rule(token: Token) -> TriggerRule | None:
    """The verb trigger rule of a capitalised token the tagger made a proper noun, in a Title-Case sentence."""
    if not token.is_title or token.tag_ not in {"NNP", "NNPS", "NN"}:
        return None
    before_figure = _before_figure(token)
    if (token.tag_ == "NN" or token.ent_type_) and not before_figure:
        return None
    if not _title_cased(token.sent):
        return None
    rules = trigger_rules()
    for form in _verb_forms(token.lower_):
        found = [r for r in rules.get(form, ()) if _allowed(r, before_figure)]
        if found:
            return found[0]
    return None
