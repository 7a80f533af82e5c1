//! Lemmas and UD morphological features from form and tag.
//!
//! Lemmas: suffix rules per PTB tag ("-ies" NNS -> "-y", "-ied" VBD -> "-y",
//! ...), overridden by an exception table learnt from the treebank where the
//! rules go wrong (irregular verbs, plurals, pronouns). Features: the most
//! frequent FEATS of (word, tag) in training, else of the tag. Both are
//! lookups, so they cost next to nothing at run time.

use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    /// "lowercased form\tXPOS" -> lemma, where the rules get it wrong.
    pub lemmas: HashMap<String, String>,
    /// "lowercased form\tUPOS|XPOS" -> FEATS, where it differs from the tag's.
    pub feats: HashMap<String, String>,
    /// "UPOS|XPOS" -> most frequent FEATS.
    pub tag_feats: HashMap<String, String>,
}

fn key(form: &str, tag: &str) -> String {
    let mut k = form.to_lowercase();
    k.push('\t');
    k.push_str(tag);
    k
}

/// The lemma the suffix rules give.
pub fn rule_lemma(form: &str, upos: &str, xpos: &str) -> String {
    if upos == "PROPN" {
        return match xpos {
            "NNPS" => strip_plural(form),
            _ => form.to_string(),
        };
    }
    let lower = form.to_lowercase();
    match xpos {
        "NNS" => strip_plural(&lower),
        "VBZ" => strip_plural(&lower),
        "VBD" | "VBN" => irregular_past(&lower).map_or_else(|| strip_ed(&lower), str::to_string),
        "VBG" => strip_ing(&lower),
        "JJR" | "RBR" => strip_comparative(&lower, "er"),
        "JJS" | "RBS" => strip_comparative(&lower, "est"),
        _ => lower,
    }
}

/// Past forms of irregular verbs the treebank may not show ("sunk",
/// "overran"): the suffix rules cannot reach their base. Sorted by form.
const IRREGULAR_PASTS: &[(&str, &str)] = &[
    ("arisen", "arise"),
    ("arose", "arise"),
    ("ate", "eat"),
    ("awoke", "awake"),
    ("beaten", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("bought", "buy"),
    ("bred", "breed"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("clung", "cling"),
    ("crept", "creep"),
    ("dealt", "deal"),
    ("drank", "drink"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("dug", "dig"),
    ("eaten", "eat"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("flung", "fling"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("foresaw", "foresee"),
    ("foreseen", "foresee"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("fought", "fight"),
    ("found", "find"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("gone", "go"),
    ("got", "get"),
    ("gotten", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("hung", "hang"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("mistaken", "mistake"),
    ("mistook", "mistake"),
    ("overcame", "overcome"),
    ("overran", "overrun"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("overtaken", "overtake"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("overtook", "overtake"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rebuilt", "rebuild"),
    ("retaken", "retake"),
    ("retook", "retake"),
    ("ridden", "ride"),
    ("risen", "rise"),
    ("rode", "ride"),
    ("rose", "rise"),
    ("said", "say"),
    ("sang", "sing"),
    ("sank", "sink"),
    ("sat", "sit"),
    ("saw", "see"),
    ("seen", "see"),
    ("sent", "send"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("shook", "shake"),
    ("shot", "shoot"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("slain", "slay"),
    ("slept", "sleep"),
    ("slew", "slay"),
    ("slid", "slide"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("sped", "speed"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("sprang", "spring"),
    ("sprung", "spring"),
    ("spun", "spin"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("stricken", "strike"),
    ("striven", "strive"),
    ("strove", "strive"),
    ("struck", "strike"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("sung", "sing"),
    ("sunk", "sink"),
    ("swam", "swim"),
    ("swept", "sweep"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swung", "swing"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("understood", "understand"),
    ("undertaken", "undertake"),
    ("undertook", "undertake"),
    ("upheld", "uphold"),
    ("went", "go"),
    ("wept", "weep"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("withheld", "withhold"),
    ("withstood", "withstand"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("written", "write"),
    ("wrote", "write"),
];

fn irregular_past(w: &str) -> Option<&'static str> {
    IRREGULAR_PASTS
        .binary_search_by(|(form, _)| (*form).cmp(w))
        .ok()
        .map(|i| IRREGULAR_PASTS[i].1)
}

fn strip_plural(w: &str) -> String {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        format!("{}y", &w[..n - 3])
    } else if n > 4
        && (w.ends_with("sses")
            || w.ends_with("shes")
            || w.ends_with("ches")
            || w.ends_with("xes")
            || w.ends_with("zzes"))
    {
        w[..n - 2].to_string()
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w[..n - 1].to_string()
    } else {
        w.to_string()
    }
}

fn undouble(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        stem[..n - 1].to_string()
    } else {
        stem.to_string()
    }
}

fn strip_ed(w: &str) -> String {
    let n = w.len();
    if n > 4 && w.ends_with("ied") {
        format!("{}y", &w[..n - 3])
    } else if n > 3 && w.ends_with("ed") {
        let stem = &w[..n - 2];
        // "freed", "guaranteed": the base ends in "ee" ("free"), so only
        // the "d" goes; no past form ends in "eed" otherwise.
        if w.ends_with("eed") {
            w[..n - 1].to_string()
        } else if stem.ends_with('e') {
            stem.to_string()
        } else if needs_e(stem) {
            format!("{stem}e")
        } else {
            undouble(stem)
        }
    } else {
        w.to_string()
    }
}

fn strip_ing(w: &str) -> String {
    let n = w.len();
    if n > 5 && w.ends_with("ing") {
        let stem = &w[..n - 3];
        if needs_e(stem) {
            format!("{stem}e")
        } else {
            undouble(stem)
        }
    } else {
        w.to_string()
    }
}

/// Stems whose base form ends in a silent `e` ("lov-ed", "mak-ing").
fn needs_e(stem: &str) -> bool {
    // "doubl-ed", "tackl-ing", "cycl-ed": a consonant and "l" end no
    // English verb; "curl-ed" (an "r" before it) does. Nor does "rc"
    // ("forc-ed").
    const ENDINGS: [&str; 49] = [
        "iv", "at", "us", "ak", "ov", "ag", "ad", "iz", "yz", "ir", "ac", "uc", "ar", "ot", "id",
        "ut", "ur", "as", "ib", "rg", "os", "is", "ys", "plor", "stor", "scor", "gnor", "dg",
        "sum", "ic", "chang", "rang", "leng", "veng", "lung", "eez", "ul", "bl", "pl", "tl", "dl",
        "gl", "kl", "zl", "cl", "fl", "rc", "am", "im",
    ];
    let b = stem.as_bytes();
    if b.len() < 2 {
        return false;
    }
    let last = b[b.len() - 1];
    let prev = b[b.len() - 2];
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if last == prev {
        return false;
    }
    // "declin-ed", "defin-ing", "outlin-ed" take the e back; "join-ed",
    // "rain-ing" (a vowel before the i) do not.
    let consonant_in = stem.len() > 2
        && last == b'n'
        && prev == b'i'
        && !vowel(b[b.len() - 3])
        && b[b.len() - 3].is_ascii_alphabetic();
    // "rul-ed", "schedul-ed", "invad-ed", "decid-ed", "blam-ed", but not
    // "haul-ed", "load-ed", "raid-ed", "avoid-ed", "claim-ed": a vowel pair
    // before the consonant.
    let vowel_pair = ["ul", "ad", "id", "am", "im"]
        .iter()
        .any(|e| stem.ends_with(e))
        && stem.len() > 2
        && vowel(b[b.len() - 3]);
    ENDINGS.iter().any(|e| stem.ends_with(e)) && !vowel(last) && stem.len() > 2 && !vowel_pair
        || (last == b'c' && prev == b'n')
        || (last == b'v')
        || consonant_in
}

fn strip_comparative(w: &str, suffix: &str) -> String {
    match w.strip_suffix(suffix) {
        Some(stem) if stem.len() >= 2 => {
            if let Some(s) = stem.strip_suffix('i') {
                format!("{s}y")
            } else {
                undouble(stem)
            }
        }
        _ => w.to_string(),
    }
}

impl Lexicon {
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        match self.lemmas.get(&key(form, xpos)) {
            Some(l) => l.clone(),
            None => rule_lemma(form, upos, xpos),
        }
    }

    pub fn feats(&self, form: &str, tag: &str) -> String {
        if let Some(f) = self.feats.get(&key(form, tag)) {
            return f.clone();
        }
        self.tag_feats
            .get(tag)
            .cloned()
            .unwrap_or_else(|| "_".to_string())
    }

    /// Learn exceptions from (form, UPOS, XPOS, lemma, FEATS) rows.
    pub fn learn<'a>(
        rows: impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str, &'a str)>,
    ) -> Lexicon {
        let mut lemma_counts: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut feat_counts: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut tag_counts: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut rule_of: HashMap<String, String> = HashMap::new();
        for (form, upos, xpos, lemma, feats) in rows {
            let k = key(form, xpos);
            // Keys are case-folded; PROPN lemmas keep case, so keep the rule per key.
            rule_of
                .entry(k.clone())
                .or_insert_with(|| rule_lemma(form, upos, xpos));
            *lemma_counts
                .entry(k)
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            let tag = format!("{upos}|{xpos}");
            *feat_counts
                .entry(key(form, &tag))
                .or_default()
                .entry(feats.to_string())
                .or_default() += 1;
            *tag_counts
                .entry(tag)
                .or_default()
                .entry(feats.to_string())
                .or_default() += 1;
        }
        let best = |m: &HashMap<String, u32>| -> String {
            let mut v: Vec<(&String, &u32)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v[0].0.clone()
        };
        let mut lex = Lexicon::default();
        for (tag, m) in &tag_counts {
            lex.tag_feats.insert(tag.clone(), best(m));
        }
        for (k, m) in &lemma_counts {
            let b = best(m);
            let rule = &rule_of[k];
            // Case-folded rule outputs match when only the case differs.
            if b != *rule && b.to_lowercase() != rule.to_lowercase() {
                lex.lemmas.insert(k.clone(), b);
            }
        }
        for (k, m) in &feat_counts {
            let b = best(m);
            let tag = k.split('\t').nth(1).unwrap_or("");
            if lex.tag_feats.get(tag) != Some(&b) {
                lex.feats.insert(k.clone(), b);
            }
        }
        lex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_rules() {
        assert_eq!(rule_lemma("countries", "NOUN", "NNS"), "country");
        assert_eq!(rule_lemma("talks", "NOUN", "NNS"), "talk");
        assert_eq!(rule_lemma("sunk", "VERB", "VBN"), "sink");
        assert_eq!(rule_lemma("overran", "VERB", "VBD"), "overrun");
        assert_eq!(rule_lemma("blamed", "VERB", "VBD"), "blame");
        assert_eq!(rule_lemma("claimed", "VERB", "VBD"), "claim");
        assert_eq!(rule_lemma("rammed", "VERB", "VBD"), "ram");
        assert_eq!(rule_lemma("crises", "NOUN", "NNS"), "crise");
        assert_eq!(rule_lemma("met", "VERB", "VBD"), "meet");
        assert_eq!(rule_lemma("visited", "VERB", "VBD"), "visit");
        assert_eq!(rule_lemma("stopped", "VERB", "VBD"), "stop");
        assert_eq!(rule_lemma("loved", "VERB", "VBD"), "love");
        assert_eq!(rule_lemma("declined", "VERB", "VBD"), "decline");
        assert_eq!(rule_lemma("ruled", "VERB", "VBD"), "rule");
        assert_eq!(rule_lemma("scheduled", "VERB", "VBN"), "schedule");
        assert_eq!(rule_lemma("hauled", "VERB", "VBD"), "haul");
        assert_eq!(rule_lemma("recognised", "VERB", "VBD"), "recognise");
        assert_eq!(rule_lemma("analysed", "VERB", "VBD"), "analyse");
        assert_eq!(rule_lemma("insisted", "VERB", "VBD"), "insist");
        assert_eq!(rule_lemma("loaded", "VERB", "VBN"), "load");
        assert_eq!(rule_lemma("raided", "VERB", "VBD"), "raid");
        assert_eq!(rule_lemma("invaded", "VERB", "VBD"), "invade");
        assert_eq!(rule_lemma("decided", "VERB", "VBD"), "decide");
        assert_eq!(rule_lemma("outlined", "VERB", "VBN"), "outline");
        assert_eq!(rule_lemma("declining", "VERB", "VBG"), "decline");
        assert_eq!(rule_lemma("joined", "VERB", "VBD"), "join");
        assert_eq!(rule_lemma("remained", "VERB", "VBD"), "remain");
        assert_eq!(rule_lemma("beginning", "VERB", "VBG"), "begin");
        assert_eq!(rule_lemma("making", "VERB", "VBG"), "make");
        assert_eq!(rule_lemma("holding", "VERB", "VBG"), "hold");
        for (form, lemma) in [
            ("imposed", "impose"),
            ("praised", "praise"),
            ("deplored", "deplore"),
            ("restored", "restore"),
            ("ignored", "ignore"),
            ("lodged", "lodge"),
            ("pledged", "pledge"),
            ("crossed", "cross"),
            ("resumed", "resume"),
            ("assumed", "assume"),
            ("summed", "sum"),
            ("voiced", "voice"),
            ("exchanged", "exchange"),
            ("challenged", "challenge"),
            ("arranged", "arrange"),
            ("belonged", "belong"),
            ("banged", "bang"),
            ("noticed", "notice"),
            ("squeezed", "squeeze"),
            ("freed", "free"),
            ("guaranteed", "guarantee"),
            ("decreed", "decree"),
            ("doubled", "double"),
            ("tripled", "triple"),
            ("tackled", "tackle"),
            ("recycled", "recycle"),
            ("dismantled", "dismantle"),
            ("curled", "curl"),
            ("reinforced", "reinforce"),
            ("forced", "force"),
            ("called", "call"),
        ] {
            assert_eq!(rule_lemma(form, "VERB", "VBD"), lemma, "{form}");
        }
        assert_eq!(rule_lemma("proposing", "VERB", "VBG"), "propose");
        assert_eq!(rule_lemma("freezing", "VERB", "VBG"), "freeze");
        assert_eq!(rule_lemma("doubling", "VERB", "VBG"), "double");
        assert_eq!(rule_lemma("struggling", "VERB", "VBG"), "struggle");
        assert_eq!(rule_lemma("Baku", "PROPN", "NNP"), "Baku");
        assert_eq!(rule_lemma("bigger", "ADJ", "JJR"), "big");
    }

    #[test]
    fn exceptions_override_rules() {
        let rows = vec![
            (
                "met",
                "VERB",
                "VBD",
                "meet",
                "Mood=Ind|Tense=Past|VerbForm=Fin",
            ),
            (
                "met",
                "VERB",
                "VBD",
                "meet",
                "Mood=Ind|Tense=Past|VerbForm=Fin",
            ),
            ("talks", "NOUN", "NNS", "talk", "Number=Plur"),
        ];
        let lex = Lexicon::learn(rows.into_iter());
        assert_eq!(lex.lemma("met", "VERB", "VBD"), "meet");
        assert_eq!(lex.lemma("Met", "VERB", "VBD"), "meet");
        assert_eq!(lex.lemma("talks", "NOUN", "NNS"), "talk");
        assert!(!lex.lemmas.contains_key("talks\tNNS"));
        assert_eq!(lex.feats("talks", "NOUN|NNS"), "Number=Plur");
    }
}
