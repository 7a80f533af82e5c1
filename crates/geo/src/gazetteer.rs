//! The embedded gazetteer: `data/gazetteer.tsv.zst`, built from GeoNames
//! (CC BY 4.0), ISO 3166-2 and the project's tables (country and US state
//! centres, aliases, water bodies) by `tools/build_gazetteer.py`,
//! decompressed once and indexed by folded name.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::GeoError;

/// The compressed gazetteer compiled into the library.
pub static BUNDLED_GAZETTEER: &[u8] = include_bytes!("../data/gazetteer.tsv.zst");

/// Upper bound on the decompressed size (a corrupt frame cannot ask for more).
const MAX_DECOMPRESSED: usize = 64 << 20;

/// GeoNames feature class and code as the gazetteer carries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Feature {
    /// `A.PCLI`: an independent political entity.
    Country,
    /// `A.ADM1`: a first-level administrative division.
    Adm1,
    /// `P.PPLC`: a country's capital.
    Capital,
    /// `P.PPLA`: here, a city of a million people or more.
    BigCity,
    /// `P.PPL`: another populated place.
    City,
    /// `H.*`: a sea, gulf, strait, canal or lake (the project's table of
    /// well-known water bodies).
    Water(WaterKind),
}

/// GeoNames feature codes of class `H` that the gazetteer carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum WaterKind {
    Strait,
    Sea,
    Gulf,
    Bay,
    Canal,
    Lake,
    Channel,
    Ocean,
}

impl Feature {
    fn parse(class: &str, code: &str) -> Option<Feature> {
        Some(match (class, code) {
            ("A", "PCLI") => Feature::Country,
            ("A", "ADM1") => Feature::Adm1,
            ("P", "PPLC") => Feature::Capital,
            ("P", "PPLA") => Feature::BigCity,
            ("P", _) => Feature::City,
            ("H", "STRT") => Feature::Water(WaterKind::Strait),
            ("H", "SEA") => Feature::Water(WaterKind::Sea),
            ("H", "GULF") => Feature::Water(WaterKind::Gulf),
            ("H", "BAY") => Feature::Water(WaterKind::Bay),
            ("H", "CNL") => Feature::Water(WaterKind::Canal),
            ("H", "LK") => Feature::Water(WaterKind::Lake),
            ("H", "CHN") => Feature::Water(WaterKind::Channel),
            ("H", "OCN") => Feature::Water(WaterKind::Ocean),
            _ => return None,
        })
    }

    /// GeoNames `class.code`.
    pub fn code(self) -> &'static str {
        match self {
            Feature::Country => "A.PCLI",
            Feature::Adm1 => "A.ADM1",
            Feature::Capital => "P.PPLC",
            Feature::BigCity => "P.PPLA",
            Feature::City => "P.PPL",
            Feature::Water(WaterKind::Strait) => "H.STRT",
            Feature::Water(WaterKind::Sea) => "H.SEA",
            Feature::Water(WaterKind::Gulf) => "H.GULF",
            Feature::Water(WaterKind::Bay) => "H.BAY",
            Feature::Water(WaterKind::Canal) => "H.CNL",
            Feature::Water(WaterKind::Lake) => "H.LK",
            Feature::Water(WaterKind::Channel) => "H.CHN",
            Feature::Water(WaterKind::Ocean) => "H.OCN",
        }
    }
}

impl Feature {
    /// A populated place: capital, big city or other city.
    pub fn is_city(self) -> bool {
        matches!(self, Feature::Capital | Feature::BigCity | Feature::City)
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug, Serialize)]
pub struct Place {
    /// GeoNames id (negative for ISO 3166-2 divisions that have none).
    pub id: i64,
    pub name: String,
    pub ascii: String,
    pub alternates: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    pub feature: Feature,
    pub iso2: String,
    pub iso3: String,
    /// FIPS 10-4 country code, as GDELT writes it.
    pub fips: String,
    /// GeoNames admin1 code (`TX`, `09`); empty for countries.
    pub admin1: String,
    /// ISO 3166-2 code of a division (`US-TX`), else empty.
    pub iso3166_2: String,
    pub population: u64,
}

/// All places and the folded-name index.
#[derive(Debug)]
pub struct Gazetteer {
    pub places: Vec<Place>,
    index: HashMap<String, Vec<u32>>,
    countries: HashMap<String, u32>,
    adm1: HashMap<(String, String), u32>,
    max_words: usize,
}

impl Gazetteer {
    /// The bundled gazetteer, decompressed and indexed on first use.
    pub fn bundled() -> Result<&'static Gazetteer, GeoError> {
        static CELL: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();
        CELL.get_or_init(|| Gazetteer::from_zstd(BUNDLED_GAZETTEER))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads a zstd-compressed gazetteer TSV.
    pub fn from_zstd(bytes: &[u8]) -> Result<Gazetteer, GeoError> {
        let raw = zstd::bulk::decompress(bytes, MAX_DECOMPRESSED)
            .map_err(|e| GeoError::Gazetteer(format!("zstd: {e}")))?;
        let text = String::from_utf8(raw).map_err(|e| {
            GeoError::Gazetteer(format!(
                "not UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        })?;
        Gazetteer::from_tsv(&text)
    }

    /// Reads the gazetteer TSV (columns in `tools/build_gazetteer.py`).
    pub fn from_tsv(text: &str) -> Result<Gazetteer, GeoError> {
        let mut places = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let bad = |what: &str| GeoError::Gazetteer(format!("line {}: {what}", n + 1));
            if f.len() != 14 {
                return Err(bad("expected 14 columns"));
            }
            let feature = match Feature::parse(f[6], f[7]) {
                Some(x) => x,
                None => continue,
            };
            places.push(Place {
                id: f[0].parse().map_err(|_| bad("bad id"))?,
                name: f[1].to_string(),
                ascii: f[2].to_string(),
                alternates: f[3]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                lat: f[4].parse().map_err(|_| bad("bad latitude"))?,
                lon: f[5].parse().map_err(|_| bad("bad longitude"))?,
                feature,
                iso2: f[8].to_string(),
                iso3: f[9].to_string(),
                fips: f[10].to_string(),
                admin1: f[11].to_string(),
                iso3166_2: f[12].to_string(),
                population: f[13].parse().unwrap_or(0),
            });
        }
        let mut g = Gazetteer {
            places,
            index: HashMap::new(),
            countries: HashMap::new(),
            adm1: HashMap::new(),
            max_words: 1,
        };
        for (i, p) in g.places.iter().enumerate() {
            let i = i as u32;
            let mut keys: Vec<String> = Vec::with_capacity(2 + p.alternates.len());
            keys.push(fold(&p.name));
            keys.push(fold(&p.ascii));
            keys.extend(p.alternates.iter().map(|a| fold(a)));
            keys.sort();
            keys.dedup();
            for k in keys {
                if k.is_empty() {
                    continue;
                }
                g.max_words = g.max_words.max(k.split(' ').count());
                g.index.entry(k).or_default().push(i);
            }
            match p.feature {
                Feature::Country => {
                    g.countries.entry(p.iso2.clone()).or_insert(i);
                }
                Feature::Adm1 => {
                    g.adm1
                        .entry((p.iso2.clone(), p.admin1.clone()))
                        .or_insert(i);
                }
                _ => {}
            }
        }
        g.max_words = g.max_words.min(6);
        Ok(g)
    }

    /// Candidates for a name (any case, accents, periods).
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.index
            .get(&fold(name))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Candidates for an already folded key.
    pub fn lookup_folded(&self, key: &str) -> &[u32] {
        self.index.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every one-word name of a country, division or city, as written
    /// (alternates included; a name may come more than once), less those
    /// that are also demonyms ("Saudi officials"). The text engine takes
    /// them as proper nouns (`Pipeline::with_names`).
    pub fn one_word_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.places
            .iter()
            .filter(|p| !matches!(p.feature, Feature::Water(_)))
            .flat_map(|p| std::iter::once(&p.name).chain(&p.alternates))
            .map(String::as_str)
            .filter(|n| !n.contains(char::is_whitespace) && crate::recognize::demonym(n).is_none())
    }

    /// The longest name in the index, in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    pub fn place(&self, i: u32) -> &Place {
        &self.places[i as usize]
    }

    /// The country entry for an ISO 3166-1 alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Place> {
        self.countries.get(iso2).map(|&i| &self.places[i as usize])
    }

    /// The country entry for an ISO 3166-1 alpha-3 code (`AZE`), as CAMEO
    /// actor codes start; CAMEO's own codes for a few countries (`ROM`
    /// Romania, `KSV` Kosovo, `WSB` the West Bank, ...) are read as their
    /// ISO codes.
    pub fn country_iso3(&self, code: &str) -> Option<&Place> {
        if code.len() != 3 {
            return None;
        }
        let iso3 = cameo_to_iso3(code);
        self.countries
            .values()
            .map(|&i| &self.places[i as usize])
            .find(|p| p.iso3 == iso3)
    }

    /// The first-level division entry, when the gazetteer has it.
    pub fn adm1(&self, iso2: &str, admin1: &str) -> Option<&Place> {
        self.adm1
            .get(&(iso2.to_string(), admin1.to_string()))
            .map(|&i| &self.places[i as usize])
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

/// The index key: lower case, Latin accents folded, periods and apostrophes
/// dropped, hyphens and runs of spaces as one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for ch in s.chars() {
        match ch {
            '.' | '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{2bf}' | '\u{2be}' => continue,
            '-' | ' ' | '\t' | ',' => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
            _ => {}
        }
        space = false;
        match fold_char(ch) {
            Some(s) => out.push_str(s),
            None => out.extend(ch.to_lowercase()),
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' | 'Ḍ' | 'ḍ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' | 'Ə' | 'ə' => {
            "e"
        }
        'Ğ' | 'ğ' | 'Ġ' | 'ġ' => "g",
        'Ḥ' | 'ḥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' | 'Į' | 'į' => "i",
        'Ł' | 'ł' | 'Ľ' | 'ľ' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ṣ' | 'ṣ' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ṭ' | 'ṭ' | 'Ț' | 'ț' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => "u",
        'Ý' | 'ý' | 'ÿ' => "y",
        'Ž' | 'ž' | 'Ź' | 'ź' | 'Ż' | 'ż' | 'Ẓ' | 'ẓ' => "z",
        'Þ' | 'þ' => "th",
        _ => return None,
    })
}

/// CAMEO's own country codes and their ISO 3166-1 alpha-3 twins, where
/// CAMEO kept older letters or codes of its own.
const CAMEO_ISO3: &[(&str, &str)] = &[
    ("ROM", "ROU"),
    ("MTN", "MNE"),
    ("TMP", "TLS"),
    ("IMY", "IMN"),
    ("KSV", "XKX"),
];

/// The ISO 3166-1 alpha-3 code of a CAMEO country code: the same letters
/// except where CAMEO kept older or its own codes; the West Bank and Gaza
/// (WSB, GZS) are ISO's PSE.
pub fn cameo_to_iso3(code: &str) -> &str {
    match code {
        "WSB" | "GZS" => "PSE",
        _ => CAMEO_ISO3
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(code, |(_, iso)| iso),
    }
}

/// The CAMEO country code of an ISO 3166-1 alpha-3 code (the inverse of
/// [`cameo_to_iso3`]; PSE stays PSE).
fn iso3_to_cameo(code: &str) -> &str {
    CAMEO_ISO3
        .iter()
        .find(|(_, iso)| *iso == code)
        .map_or(code, |(c, _)| c)
}

/// The coder's view of the gazetteer: the country of the most populous
/// town or first-level division of a name ("Kherson" -> UKR). Countries
/// are left to the actor dictionaries, and names that are also given
/// names or agencies (the recogniser's stop-list: "Hassan") are no places.
impl dyad_coder::PlaceCountries for Gazetteer {
    fn country_of(&self, name: &str) -> Option<String> {
        let key = fold(name);
        if crate::recognize::STOP.contains(&key.as_str()) {
            return None;
        }
        // A place's own name counts as much as twenty times its population
        // against another's alternate ("Pokrovsk" is the Donetsk town, not
        // Engels, once called so), as the resolver ranks them.
        let score = |p: &Place| {
            let own = fold(&p.name) == key || fold(&p.ascii) == key;
            (1.0 + p.population as f64).ln() + if own { 3.0 } else { 0.0 }
        };
        let best = self
            .lookup_folded(&key)
            .iter()
            .map(|&c| self.place(c))
            .filter(|p| p.feature.is_city() || p.feature == Feature::Adm1)
            .max_by(|a, b| score(a).total_cmp(&score(b)))?;
        Some(iso3_to_cameo(&best.iso3).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Bakú"), "baku");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Côte d'Ivoire"), "cote divoire");
        assert_eq!(fold("Guinea-Bissau"), "guinea bissau");
        assert_eq!(fold("  New   York "), "new york");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn corrupt_gazetteer_is_an_error() {
        assert!(Gazetteer::from_zstd(b"not zstd").is_err());
        assert!(Gazetteer::from_tsv("1\tX\n").is_err());
    }
}
