//! TABARI / PETRARCH-1 verb patterns over dyad's parse, on project-written
//! dictionaries of invented countries (the PETRARCH validation suite itself
//! runs in `crates/dyad/tests/petrarch.rs`).

mod common;

use common::pipeline;
use dyad_coder::tabari::{TabariCoder, TabariOptions, TabariOutcome, TabariVerbs};
use dyad_dict::{petrarch, Date, Dictionaries, Dictionary};

const ACTORS: &str = "
WAKANDA [WAK]
+WAKANDAN
GENOVIA [GNV]
+GENOVIAN
ELBONIA [ELB]
FREEDONIA [FRD]
MARISOL_ORSINO [GNVGOV 150101-221231] [GNVELI]
NORTH_WAKANDA [---]
";

const AGENTS: &str = "
PRIME_MINISTER [~GOV]
OFFICIAL [~GOV]
SOLDIER [~MIL]
FORMER_MINISTER [~ELI]
MEDICS_ABROAD {} [NGO~]
";

const DISCARDS: &str = "
+FOOTBALL
MONTHS LATER
";

const VERBS: &str = "
&MONEY
+DOLLARS
+GOLD COINS

--- ARRIVE [032:033] ---
ARRIVE
LAND {LANDED LANDING}

--- MEET [031:031] ---
MEET {MET}

--- PROMISE [050] ---
PROMISE
- * &MONEY [071]

--- DELAY [191] ---
DELAY
- % HAVE * [192]

--- WARN [160] ---
WARN
- * OF + [162]

--- RESTORE [064] ---
RESTORE
- NOT * [112]
- * TRADE TIES [065]

--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY_* [122]
- DESPITE $ * [123]
";

fn dictionaries() -> Dictionaries {
    let mut d = Dictionary::default();
    petrarch::parse_actors(&mut d, "t.actors.txt", ACTORS);
    petrarch::parse_agents(&mut d, "t.agents.txt", AGENTS);
    petrarch::parse_discards(&mut d, "t.discards.txt", DISCARDS);
    let mut problems = Vec::new();
    let v = petrarch::parse_verbs("t.verbs.txt", VERBS, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    d.verbs.push(v);
    Dictionaries::new(d)
}

/// `SOURCE>TARGET:CODE` of every event in `text`, sorted, or the discard.
fn code_with(text: &str, date: &str, options: TabariOptions) -> Vec<String> {
    let dicts = dictionaries();
    let verbs = TabariVerbs::compile(&dicts);
    assert!(verbs.problems.is_empty(), "{:?}", verbs.problems);
    let coder = TabariCoder::new(&dicts, &verbs, options);
    let date = Date::parse_iso(date).expect("date");
    let doc = pipeline().annotate(text);
    let mut out = Vec::new();
    for s in &doc.sentences {
        match coder.code_sentence(s, date) {
            TabariOutcome::Coded(t) => out.extend(
                t.iter()
                    .map(|t| format!("{}>{}:{}", t.source, t.target, t.code)),
            ),
            TabariOutcome::SentenceDiscard(p) => out.push(format!("sentence discard {p}")),
            TabariOutcome::StoryDiscard(p) => out.push(format!("story discard {p}")),
        }
    }
    out.sort();
    out
}

fn code(text: &str) -> Vec<String> {
    code_with(text, "2020-06-01", TabariOptions::default())
}

#[test]
fn a_verbs_default_pair_code_goes_both_ways() {
    assert_eq!(
        code("The Genovian prime minister arrived in Wakanda on Monday."),
        ["GNVGOV>WAK:032", "WAK>GNVGOV:033"]
    );
    // An irregular form written in the verb line.
    assert_eq!(
        code("Elbonia met Freedonia on Friday."),
        ["ELB>FRD:031", "FRD>ELB:031"]
    );
}

#[test]
fn patterns_with_synsets_and_targets_win_over_the_default() {
    assert_eq!(
        code("Wakanda promised two million dollars to Genovia."),
        ["WAK>GNV:071"]
    );
    assert_eq!(code("Wakanda promised help to Genovia."), ["WAK>GNV:050"]);
    assert_eq!(
        code("Elbonia warned of Freedonia on Tuesday."),
        ["ELB>FRD:162"]
    );
    assert_eq!(
        code("Elbonia heavily criticized Freedonia."),
        ["ELB>FRD:122"]
    );
}

#[test]
fn compounds_act_on_each_other_or_are_targets_together() {
    assert_eq!(
        code("Wakanda and Genovia have delayed the summit."),
        ["GNV>WAK:192", "WAK>GNV:192"]
    );
    assert_eq!(
        code("Elbonia met Wakanda and Genovia on Friday."),
        ["ELB>GNV:031", "ELB>WAK:031", "GNV>ELB:031", "WAK>ELB:031"]
    );
}

#[test]
fn agents_combine_with_actors_as_petrarch_does() {
    // A role with the actors of its "from" phrase.
    assert_eq!(
        code("Soldiers from Elbonia warned of Freedonia."),
        ["ELBMIL>FRD:162"]
    );
    // A prefix agent before the actor.
    assert_eq!(
        code("Medics Abroad Genovia met Wakanda."),
        ["NGOGNV>WAK:031", "WAK>NGOGNV:031"]
    );
    // "former" makes the role ELI.
    assert_eq!(
        code("A former Genovian official met Wakanda."),
        ["GNVELI>WAK:031", "WAK>GNVELI:031"]
    );
}

#[test]
fn a_persons_code_follows_the_story_date() {
    assert_eq!(
        code_with(
            "Marisol Orsino met Elbonia.",
            "2018-05-05",
            TabariOptions::default()
        ),
        ["ELB>GNVGOV:031", "GNVGOV>ELB:031"]
    );
    assert_eq!(
        code_with(
            "Marisol Orsino met Elbonia.",
            "2024-05-05",
            TabariOptions::default()
        ),
        ["ELB>GNVELI:031", "GNVELI>ELB:031"]
    );
}

#[test]
fn passives_take_the_by_phrase_as_source() {
    assert_eq!(
        code("Genovia was warned by Wakanda on Tuesday."),
        ["WAK>GNV:160"]
    );
    // No "by": no source, no event.
    assert!(code("Genovia was warned on Tuesday.").is_empty());
}

#[test]
fn require_dyad_drops_or_fills_missing_actors() {
    assert!(code("An official warned on Tuesday.").is_empty());
    let open = TabariOptions {
        require_dyad: false,
        ..TabariOptions::default()
    };
    assert_eq!(
        code_with("An official warned on Tuesday.", "2020-06-01", open),
        ["---GOV>---:160"]
    );
}

#[test]
fn a_null_coded_phrase_names_no_actor() {
    // NORTH_WAKANDA [---] keeps "Wakanda" inside it from matching.
    assert!(code("North Wakanda warned of Freedonia.").is_empty());
}

#[test]
fn discards_take_a_sentence_or_story_out() {
    assert_eq!(
        code("Wakanda met Genovia before the football final."),
        ["story discard FOOTBALL"]
    );
    assert_eq!(
        code("Months later Wakanda met Genovia."),
        ["sentence discard MONTHS LATER"]
    );
}

#[test]
fn short_comma_clauses_are_found_for_deletion() {
    let dicts = dictionaries();
    let verbs = TabariVerbs::compile(&dicts);
    let coder = TabariCoder::new(&dicts, &verbs, TabariOptions::default());
    let text = "Wakanda, in a surprise move, met Genovia on Friday, officials in the capital said.";
    let doc = pipeline().annotate(text);
    let date = Date::parse_iso("2020-06-01").expect("date");
    let cut: Vec<&str> = doc
        .sentences
        .iter()
        .flat_map(|s| coder.comma_clauses(s, date))
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(
        cut,
        [", in a surprise move", ", officials in the capital said"]
    );
    // A list of actors is not a clause.
    let listed = "Elbonia, Wakanda and Genovia met on Friday.";
    let doc = pipeline().annotate(listed);
    assert!(doc
        .sentences
        .iter()
        .all(|s| coder.comma_clauses(s, date).is_empty()));
}
