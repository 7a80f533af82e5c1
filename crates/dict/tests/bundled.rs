//! dyad's own dictionaries: they load without a problem, cover every CAMEO
//! country code, and give real office holders the right codes inside and
//! outside their terms.

use dyad_dict::{ActorCodes, Date, Dictionaries, Spec};

fn dicts() -> Dictionaries {
    let d = Dictionaries::load(&Spec::Bundled).unwrap();
    assert!(d.dict.problems.is_empty(), "{:#?}", d.dict.problems);
    d
}

fn codes(d: &Dictionaries, phrase: &str, date: &str) -> Vec<String> {
    d.lookup(phrase, Date::parse_iso(date).unwrap()).codes
}

#[test]
fn loads_cleanly_and_covers_cameo_countries() {
    let d = dicts();
    let c = d.dict.counts();
    eprintln!("bundled: {c:#?}");
    assert!(c.agents >= 150, "{c:?}");
    for (code, label) in &ActorCodes::bundled().countries {
        if code == "0" {
            continue;
        }
        assert!(
            d.dict
                .actors
                .iter()
                .any(|a| a.default_codes.iter().any(|c| c == code)),
            "no entry for {code} {label}"
        );
    }
    // Every code used is well formed and every known group exists.
    let ac = ActorCodes::bundled();
    for a in &d.dict.actors {
        for (k, v) in &a.attrs {
            if k == "group" {
                assert!(
                    ac.groups.iter().any(|(c, _)| c == v),
                    "{} group {v}",
                    a.name
                );
            }
        }
    }
}

#[test]
fn countries_adjectives_capitals() {
    let d = dicts();
    assert_eq!(codes(&d, "Azerbaijan", "2020-01-01"), ["AZE"]);
    assert_eq!(codes(&d, "Azerbaijani", "2020-01-01"), ["AZE"]);
    assert_eq!(codes(&d, "Moscow", "2020-01-01"), ["RUSGOV"]);
    assert_eq!(codes(&d, "Baku", "2020-01-01"), ["AZEGOV"]);
    assert_eq!(codes(&d, "United States", "2020-01-01"), ["USA"]);
    assert_eq!(codes(&d, "NATO", "2020-01-01"), ["IGOWSTNAT"]);
    assert_eq!(codes(&d, "OSCE", "2020-01-01"), ["IGOEURSCE"]);
    assert_eq!(codes(&d, "foreign minister", "2020-01-01"), ["GOV"]);
    assert_eq!(codes(&d, "foreign ministers", "2020-01-01"), ["GOV"]);
    assert_eq!(codes(&d, "armies", "2020-01-01"), ["MIL"]);
}

#[test]
fn the_issue_examples() {
    let d = dicts();
    assert_eq!(codes(&d, "Elmar Mammadyarov", "2017-11-20"), ["AZEGOV"]);
    assert_eq!(
        codes(&d, "Elmar Mammadyarov", "2022-01-01"),
        ["AZEELI"],
        "out of office: the default, never the expired role"
    );
    assert_eq!(codes(&d, "Jeyhun Bayramov", "2022-01-01"), ["AZEGOV"]);
    assert_eq!(codes(&d, "Jeyhun Bayramov", "2019-01-01"), ["AZEELI"]);
    assert_eq!(codes(&d, "Sergey Lavrov", "2004-03-09"), ["RUSGOV"]);
    assert_eq!(codes(&d, "Sergey Lavrov", "2003-01-01"), ["RUSELI"]);
    // Both on the day of the handover (ranges are inclusive).
    assert_eq!(codes(&d, "Mammadyarov", "2020-07-16"), ["AZEGOV"]);
    assert_eq!(codes(&d, "Bayramov", "2020-07-16"), ["AZEGOV"]);
}

/// (name, date inside a term, code then, date outside every term, code then)
const OFFICE_HOLDERS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Vladimir Putin",
        "2015-06-01",
        "RUSGOV",
        "1995-01-01",
        "RUSELI",
    ),
    (
        "Dmitry Medvedev",
        "2010-01-01",
        "RUSGOV",
        "2000-01-01",
        "RUSELI",
    ),
    (
        "Mikhail Kasyanov",
        "2002-01-01",
        "RUSGOV",
        "2010-01-01",
        "RUSELI",
    ),
    (
        "Mikhail Fradkov",
        "2005-01-01",
        "RUSGOV",
        "2010-01-01",
        "RUSELI",
    ),
    (
        "Mikhail Mishustin",
        "2023-01-01",
        "RUSGOV",
        "2019-01-01",
        "RUSELI",
    ),
    (
        "Igor Ivanov",
        "2001-01-01",
        "RUSGOV",
        "2010-01-01",
        "RUSELI",
    ),
    (
        "Sergei Ivanov",
        "2003-01-01",
        "RUSMIL",
        "2020-01-01",
        "RUSELI",
    ),
    (
        "Anatoly Serdyukov",
        "2010-01-01",
        "RUSMIL",
        "2015-01-01",
        "RUSELI",
    ),
    (
        "Sergei Shoigu",
        "2020-01-01",
        "RUSMIL",
        "2025-01-01",
        "RUSGOV",
    ),
    (
        "Andrei Belousov",
        "2025-01-01",
        "RUSMIL",
        "2015-01-01",
        "RUSELI",
    ),
    (
        "Heydar Aliyev",
        "2001-01-01",
        "AZEGOV",
        "2004-01-01",
        "AZEELI",
    ),
    (
        "Ilham Aliyev",
        "2020-01-01",
        "AZEGOV",
        "2002-01-01",
        "AZEELI",
    ),
    (
        "Artur Rasizade",
        "2010-01-01",
        "AZEGOV",
        "2019-01-01",
        "AZEELI",
    ),
    ("Ali Asadov", "2021-01-01", "AZEGOV", "2018-01-01", "AZEELI"),
    (
        "Safar Abiyev",
        "2005-01-01",
        "AZEMIL",
        "2015-01-01",
        "AZEELI",
    ),
    (
        "Zakir Hasanov",
        "2020-01-01",
        "AZEMIL",
        "2010-01-01",
        "AZEELI",
    ),
    (
        "Serzh Sargsyan",
        "2012-01-01",
        "ARMGOV",
        "2019-01-01",
        "ARMELI",
    ),
    (
        "Robert Kocharyan",
        "2005-01-01",
        "ARMGOV",
        "2010-01-01",
        "ARMELI",
    ),
    (
        "Nikol Pashinyan",
        "2022-01-01",
        "ARMGOV",
        "2005-01-01",
        "ARMELI",
    ),
    (
        "Edward Nalbandian",
        "2012-01-01",
        "ARMGOV",
        "2019-01-01",
        "ARMELI",
    ),
    (
        "Ararat Mirzoyan",
        "2023-01-01",
        "ARMGOV",
        "2020-01-01",
        "ARMELI",
    ),
    (
        "Seyran Ohanyan",
        "2010-01-01",
        "ARMMIL",
        "2017-01-01",
        "ARMELI",
    ),
    (
        "George W. Bush",
        "2005-01-01",
        "USAGOV",
        "2010-01-01",
        "USAELI",
    ),
    (
        "Barack Obama",
        "2012-01-01",
        "USAGOV",
        "2018-01-01",
        "USAELI",
    ),
    (
        "Donald Trump",
        "2019-01-01",
        "USAGOV",
        "2022-06-01",
        "USAELI",
    ),
    (
        "Donald Trump",
        "2025-06-01",
        "USAGOV",
        "2016-01-01",
        "USAELI",
    ),
    ("Joe Biden", "2022-01-01", "USAGOV", "2018-01-01", "USAELI"),
    (
        "Colin Powell",
        "2003-01-01",
        "USAGOV",
        "2006-01-01",
        "USAELI",
    ),
    (
        "Hillary Clinton",
        "2010-01-01",
        "USAGOV",
        "2015-01-01",
        "USAELI",
    ),
    ("John Kerry", "2015-01-01", "USAGOV", "2018-01-01", "USAELI"),
    (
        "Antony Blinken",
        "2022-01-01",
        "USAGOV",
        "2019-01-01",
        "USAELI",
    ),
    (
        "Marco Rubio",
        "2025-03-01",
        "USAGOV",
        "2005-01-01",
        "USAELI",
    ),
    (
        "Donald Rumsfeld",
        "2003-01-01",
        "USAMIL",
        "2008-01-01",
        "USAELI",
    ),
    (
        "Robert Gates",
        "2008-01-01",
        "USAMIL",
        "2012-01-01",
        "USAELI",
    ),
    ("Jim Mattis", "2018-01-01", "USAMIL", "2019-02-01", "USAELI"),
    (
        "Lloyd Austin",
        "2022-01-01",
        "USAMIL",
        "2019-01-01",
        "USAELI",
    ),
    (
        "Pete Hegseth",
        "2025-03-01",
        "USAMIL",
        "2024-01-01",
        "USAELI",
    ),
    (
        "Leonid Kuchma",
        "2002-01-01",
        "UKRGOV",
        "2006-01-01",
        "UKRELI",
    ),
    (
        "Viktor Yushchenko",
        "2007-01-01",
        "UKRGOV",
        "2012-01-01",
        "UKRELI",
    ),
    (
        "Viktor Yanukovych",
        "2012-01-01",
        "UKRGOV",
        "2015-01-01",
        "UKRELI",
    ),
    (
        "Petro Poroshenko",
        "2016-01-01",
        "UKRGOV",
        "2020-01-01",
        "UKRELI",
    ),
    (
        "Volodymyr Zelensky",
        "2022-03-01",
        "UKRGOV",
        "2018-01-01",
        "UKRELI",
    ),
    (
        "Yulia Tymoshenko",
        "2008-06-01",
        "UKRGOV",
        "2012-01-01",
        "UKRELI",
    ),
    (
        "Arseniy Yatsenyuk",
        "2015-01-01",
        "UKRGOV",
        "2017-01-01",
        "UKRELI",
    ),
    (
        "Denys Shmyhal",
        "2022-01-01",
        "UKRGOV",
        "2019-01-01",
        "UKRELI",
    ),
    (
        "Dmytro Kuleba",
        "2022-01-01",
        "UKRGOV",
        "2025-01-01",
        "UKRELI",
    ),
    (
        "Pavlo Klimkin",
        "2016-01-01",
        "UKRGOV",
        "2020-01-01",
        "UKRELI",
    ),
    (
        "Oleksii Reznikov",
        "2022-06-01",
        "UKRMIL",
        "2024-01-01",
        "UKRELI",
    ),
    ("Kofi Annan", "2003-01-01", "IGOUNO", "2010-01-01", "GHAELI"),
    (
        "Ban Ki-moon",
        "2010-01-01",
        "IGOUNO",
        "2018-01-01",
        "KORELI",
    ),
    (
        "Antonio Guterres",
        "2020-01-01",
        "IGOUNO",
        "2016-06-01",
        "PRTELI",
    ),
    (
        "Jens Stoltenberg",
        "2020-01-01",
        "IGOWSTNAT",
        "2024-12-01",
        "NORELI",
    ),
    (
        "Anders Fogh Rasmussen",
        "2012-01-01",
        "IGOWSTNAT",
        "2016-01-01",
        "DNKELI",
    ),
    (
        "Mark Rutte",
        "2025-01-01",
        "IGOWSTNAT",
        "2024-08-01",
        "NLDELI",
    ),
    (
        "Lamberto Zannier",
        "2015-01-01",
        "IGOEURSCE",
        "2021-01-01",
        "ITAELI",
    ),
    (
        "Thomas Greminger",
        "2019-01-01",
        "IGOEURSCE",
        "2021-01-01",
        "CHEELI",
    ),
    (
        "Helga Schmid",
        "2022-01-01",
        "IGOEURSCE",
        "2025-06-01",
        "DEUELI",
    ),
];

#[test]
fn office_holders_inside_and_outside_their_terms() {
    let d = dicts();
    let mut people = std::collections::BTreeSet::new();
    for &(name, inside, code_in, outside, code_out) in OFFICE_HOLDERS {
        assert_eq!(codes(&d, name, inside), [code_in], "{name} on {inside}");
        assert_eq!(codes(&d, name, outside), [code_out], "{name} on {outside}");
        people.insert(name);
    }
    assert!(people.len() >= 30);
}

#[test]
fn lookup_never_panics() {
    let d = dicts();
    let date = Date::new(2020, 1, 1).unwrap();
    for p in [
        "",
        " ",
        "\u{0}",
        "the the the",
        "élan vital",
        "a_b_c",
        "Moscow Baku Yerevan foreign minister",
        "🙂",
    ] {
        let _ = d.lookup(p, date);
    }
}
