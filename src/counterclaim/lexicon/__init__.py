"""Word classes that several stages share (verbs of saying, report nouns, honorifics, months, intent nouns).

Why a package of its own: the same class once lived in five versions across attribution and
claims, each a little different. One file per class in ``data/``, read through
``counterclaim.datafiles.words(SHARED, name)``, keeps them one.
"""
