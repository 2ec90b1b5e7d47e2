"""Stage 3: statements — Doc → Statements: who said what (direct quotes and reported speech, with resolved speakers).

How a reader attributes, and so how this stage does, in order (``statements.py`` runs the steps):

1. Direct quotes (``quotes.py`` finds the marks, ``direct.py`` the cue) take the cue right after
   them (``"…," he said``) or right before them (``Carter said: "…"``); a quote signed with a dash
   and a name is that person's; a quote opening the paragraph after ``X said:`` takes that cue.
   Transcript labels (``transcript_labels.py``: "PENCE: …") give a paragraph its speaker.
2. Reported speech (``reported.py``, reading cues with ``cues.py``): a reporting verb with a subject
   and a complement ("US officials say the strikes did not hit IS"), "according to X", "reports
   from X", "X's claim that …", and the reporter's own "There have been reports of …".
3. Headlines (``headlines.py``): title-case lines split at their reporting verb or speaker colon.
4. Speakers (``mentions.py`` reads a noun phrase, ``resolver.py`` points pronouns and short names
   back to a full name, ``resolve.py`` gives bare quotes the speaker of the statements around them).

Word lists are data: attribution's own in ``attribution/data/``, the classes it shares with claims
(verbs of saying, report nouns, honorifics) in ``lexicon/data/``, all read through ``datafiles``.
"""

from __future__ import annotations

from counterclaim.attribution.statements import find_statements

__all__ = ["find_statements"]
