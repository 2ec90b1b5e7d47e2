"""The described-people index: "the teacher" finds the last person described so before it, by bisection."""

from __future__ import annotations

from counterclaim.attribution.mentions import Mention
from counterclaim.attribution.resolver import _by_noun
from counterclaim.models import Speaker


def _person(name: str, at: int) -> Mention:
    return Mention(Speaker(name, name, "person"), at, at + len(name), name.split()[-1].casefold())


def test_each_noun_keeps_its_people_in_text_order_whatever_order_they_were_found_in() -> None:
    later, earlier, other = _person("Omar Saleh", 300), _person("Lina Haddad", 40), _person("Sami Aziz", 120)
    index = _by_noun([(300, "teacher", later), (120, "driver", other), (40, "teacher", earlier)])
    assert index["teacher"] == ([40, 300], [earlier, later])
    assert index["driver"] == ([120], [other])
    assert "nurse" not in index
