"""Stage 1: ingest — cleaned text → its language, refusing only text that is confidently not English.

Later stages parse with an English spaCy model, so a German or Arabic report would yield noise.
But a wrongly refused English report is a silently lost source, which is worse than a little
noise, so a text is refused only when

- most of its letters are not Latin (Arabic, Cyrillic, Chinese…: English is written in Latin
  letters, so this needs no model's confidence, and twenty letters are enough to tell), or
- it is long enough to judge (a headline or a one-line quote is not), py3langid is confident it
  is *not English* (whatever other language it names), *and* English function words ("the",
  "of", "said"…, ``data/english_function_words.txt``) are rare: an English report dense with
  Arabic or Russian names still reads as English by this test, where a character n-gram model
  like py3langid may be misled by the names.

Why "not English" rather than "some other language": the model splits its confidence between
languages close to each other (Indonesian and Malay, Norwegian and Danish, Nigerian Pidgin and
English), so the top language's own probability can be low for a text that plainly is not English,
and high for a terse English line that shares its spelling with an English-based creole. The
probability left to English is the one that answers the question asked, and no language needs an
exception of its own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NoReturn

from counterclaim.datafiles import packaged_text, table_lines
from counterclaim.errors import LanguageError

__all__ = ["ENGLISH", "detect_language", "english_share", "latin_share", "not_english_probability", "require_english"]

ENGLISH = "en"

_SAMPLE_CHARS = 5000
"""The first 5,000 characters decide: enough for a stable guess, and cheap on a long document."""

_MIN_LETTERS = 100
"""Below ~100 letters (about 15–20 words) n-gram guesses are unreliable, all the more for terse,
name-heavy news lines: such a text is not refused."""

_MIN_CONFIDENCE = 0.9
"""py3langid's probabilities are normalised; when English keeps under 0.1 of them, a prose text is
not English."""

_ENGLISH_SHARE = 0.12
"""English news prose has 30–45% of its words in the function-word list; other Latin-script
languages have 0–5% (loanwords, names). 12% sits well clear of both."""

_MIN_SCRIPT_LETTERS = 20
"""The script test needs few letters: twenty Arabic or Cyrillic letters are not English."""

_MIN_LATIN_SHARE = 0.5
"""English text with quoted Arabic or Cyrillic names stays far above half Latin letters."""

_LATIN_END = 0x250
"""Basic Latin through Latin Extended-B: English letters plus the accented ones names bring."""

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once (it takes ~1 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(table_lines(packaged_text("counterclaim.ingest", "english_function_words.txt")))


def detect_language(text: str) -> tuple[str, float]:
    """py3langid's best guess for ``text`` as (ISO 639-1 code, probability)."""
    language, probability = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(language), float(probability)


def not_english_probability(text: str) -> float:
    """py3langid's probability that ``text`` is in any language but English (1 − P(English))."""
    ranked = _identifier().rank(text[:_SAMPLE_CHARS])
    return 1.0 - next((float(probability) for language, probability in ranked if language == ENGLISH), 0.0)


def english_share(text: str) -> float:
    """The share of words in ``text`` that are common English function words (0.0 when no words)."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if not words:
        return 0.0
    function_words = _function_words()
    return sum(1 for word in words if word in function_words) / len(words)


def latin_share(text: str) -> float:
    """The share of letters in ``text`` that are Latin letters (1.0 when there are no letters)."""
    letters = [char for char in text[:_SAMPLE_CHARS] if char.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for char in letters if ord(char) < _LATIN_END) / len(letters)


def require_english(text: str) -> str:
    """Return ``"en"``, or raise LanguageError when ``text`` is confidently another language."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    if letters >= _MIN_SCRIPT_LETTERS and latin_share(sample) < _MIN_LATIN_SHARE:
        _refuse(detect_language(sample)[0])
    if letters < _MIN_LETTERS:
        return ENGLISH
    if not_english_probability(sample) < _MIN_CONFIDENCE or english_share(sample) >= _ENGLISH_SHARE:
        return ENGLISH
    _refuse(detect_language(sample)[0])


def _refuse(language: str) -> NoReturn:
    raise LanguageError(f"not English (detected: {language}); counterclaim reads English reports only")
