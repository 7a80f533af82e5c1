//! CoNLL-U reading/writing and the CoNLL 2018 evaluation metrics.

use std::path::PathBuf;

use dyad_text::conllu::{
    parse_conllu, raw_text, read_conllu, write_conllu, ConlluError, ConlluSentence,
};
use dyad_text::eval::{evaluate, EvalError, Scores};
use dyad_text::{Sentence, Span, Word};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/conllu")
        .join(name)
}

fn write_to_string(sentences: &[ConlluSentence]) -> String {
    let mut out = Vec::new();
    write_conllu(&mut out, sentences).unwrap();
    String::from_utf8(out).unwrap()
}

fn parse(s: &str) -> Vec<ConlluSentence> {
    parse_conllu(s, "test").unwrap_or_else(|e| panic!("{e}\n{s}"))
}

fn approx(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

// ---------------------------------------------------------------- round trip

#[test]
fn round_trip_small_fixture() {
    let bytes = std::fs::read(fixture("small.conllu")).unwrap();
    let sentences = read_conllu(&bytes[..], "small.conllu").unwrap();
    assert_eq!(sentences.len(), 4);
    let mut out = Vec::new();
    write_conllu(&mut out, &sentences).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&bytes)
    );
    assert_eq!(out, bytes);
}

#[test]
fn sentence_helpers() {
    let s = read_conllu(
        &std::fs::read(fixture("small.conllu")).unwrap()[..],
        "small",
    )
    .unwrap();
    assert_eq!(s[0].text(), Some("Don't worry, be happy."));
    assert_eq!(s[0].sent_id(), Some("s1"));
    assert!(s[0].is_new_doc() && s[0].is_new_par());
    assert!(!s[1].is_new_doc() && !s[1].is_new_par());
    assert_eq!(s[1].comments[1], "# a free comment, with = in it");
    assert!(!s[2].is_new_doc() && s[2].is_new_par());
    assert!(s[3].is_new_doc() && !s[3].is_new_par());
    assert_eq!(s[0].multiword.len(), 1);
    assert_eq!((s[0].multiword[0].first, s[0].multiword[0].last), (1, 2));
    assert_eq!(s[0].multiword[0].form, "Don't");
    assert_eq!(s[1].empty_nodes.len(), 1);
    assert!(s[1].empty_nodes[0].starts_with("8.1\tlikes\t"));
    assert_eq!(s[3].empty_nodes.len(), 1);
    assert_eq!(s[0].words[2].head, 0);
    assert_eq!(s[0].words[3].deprel, "punct");

    // "Do|n't worry|, be happy|."
    let sa: Vec<bool> = (0..s[0].words.len()).map(|i| s[0].space_after(i)).collect();
    assert_eq!(sa, [false, true, false, true, true, false, true]);
    // "He said it|'s|." : the MWT carries SpaceAfter=No.
    let sa: Vec<bool> = (0..s[2].words.len()).map(|i| s[2].space_after(i)).collect();
    assert_eq!(sa, [true, true, false, false, true]);

    assert_eq!(
        raw_text(&s),
        "Don't worry, be happy. Mary likes tea and my old friend John coffee.\nHe said it's.\n\nCafé ☕ at 5 p.m.\n"
    );
    // Without `# text`, from the tokens and SpaceAfter=No.
    let mut bare = s.clone();
    for x in &mut bare {
        x.comments.retain(|c| !c.starts_with("# text"));
    }
    assert_eq!(raw_text(&bare), raw_text(&s));
}

#[test]
fn round_trip_ewt_dev() {
    let Some(path) = dyad_testdata::shared("data/ud-english-ewt/en_ewt-ud-dev.conllu") else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    let sentences = read_conllu(&bytes[..], "en_ewt-ud-dev.conllu").unwrap();
    assert!(sentences.len() > 1000);
    let mut out = Vec::new();
    write_conllu(&mut out, &sentences).unwrap();
    assert!(
        out == bytes,
        "write(read(en_ewt-ud-dev.conllu)) differs from the file"
    );

    // Gold against itself: everything perfect.
    let scores = evaluate(&sentences, &sentences).unwrap();
    for (name, m) in scores.named() {
        assert_eq!(m.f1, 1.0, "{name}");
    }
    assert_eq!(
        scores.words.gold_total,
        sentences.iter().map(|s| s.words.len()).sum::<usize>()
    );
}

#[test]
fn from_sentence_writes_text_space_after_and_token_range() {
    let text = "Hello,\nworld! Bye.";
    let w = |form: &str, start, end, space_after, head, deprel: &str| Word {
        form: form.into(),
        span: Span::new(start, end),
        space_after,
        lemma: form.to_lowercase(),
        upos: "X".into(),
        xpos: String::new(),
        feats: String::new(),
        head,
        deprel: deprel.into(),
    };
    let s = Sentence {
        span: Span::new(0, 13),
        words: vec![
            w("Hello", 0, 5, false, 0, "root"),
            w(",", 5, 6, true, 1, "punct"),
            w("world", 7, 12, false, 1, "vocative"),
            w("!", 12, 13, true, 1, "punct"),
        ],
        annotated: true,
    };
    let c = ConlluSentence::from_sentence(&s, Some("d1-1"), text);
    assert_eq!(c.text(), Some("Hello, world!"));
    assert_eq!(c.sent_id(), Some("d1-1"));
    let out = write_to_string(&[c]);
    assert_eq!(
        out,
        "# sent_id = d1-1\n\
         # text = Hello, world!\n\
         1\tHello\thello\tX\t_\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=0:5\n\
         2\t,\t,\tX\t_\t_\t1\tpunct\t_\tTokenRange=5:6\n\
         3\tworld\tworld\tX\t_\t_\t1\tvocative\t_\tSpaceAfter=No|TokenRange=7:12\n\
         4\t!\t!\tX\t_\t_\t1\tpunct\t_\tTokenRange=12:13\n\n"
    );
    // And it reads back.
    assert_eq!(parse(&out)[0].words.len(), 4);
}

// ------------------------------------------------------------------- errors

#[test]
fn wrong_column_count_reports_line() {
    let input = "# text = a b\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\tb\tX\t_\t_\t1\tdep\t_\n\n";
    let err = parse_conllu(input, "bad.conllu").unwrap_err();
    assert_eq!(err.line(), 3);
    let msg = err.to_string();
    assert!(msg.starts_with("bad.conllu:3:"), "{msg}");
    assert!(msg.contains("10 tab-separated columns"), "{msg}");
}

#[test]
fn other_errors_report_line_and_problem() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n\n",
            2,
            "not consecutive",
        ),
        ("x\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n", 1, "bad word id"),
        ("1\ta\ta\tX\t_\t_\tz\troot\t_\t_\n\n", 1, "bad head"),
        (
            "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\tb\tX\t_\t_\t7\tdep\t_\t_\n\n",
            2,
            "bad head",
        ),
        (
            "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
            1,
            "multi-word token id",
        ),
        (
            "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n",
            3,
            "extends past",
        ),
        (
            "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3.1\tb\tb\tX\t_\t_\t_\t_\t_\t_\n\n",
            2,
            "empty node",
        ),
        ("# only a comment\n\n", 2, "without words"),
        ("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n# late\n\n", 2, "comment"),
        ("1\ta\t\tX\t_\t_\t0\troot\t_\t_\n\n", 1, "empty"),
    ];
    for (input, line, what) in cases {
        let err = parse_conllu(input, "in").unwrap_err();
        assert_eq!(err.line(), *line, "{input:?}: {err}");
        assert!(err.to_string().contains(what), "{input:?}: {err}");
    }
}

#[test]
fn garbage_does_not_panic() {
    let err = read_conllu(&b"1\t\xff\xfe\t_\n"[..], "bin").unwrap_err();
    assert!(matches!(err, ConlluError::Utf8 { line: 1, .. }), "{err}");

    // Random mutations of a valid file: errors or sentences, never a panic;
    // whatever is read can be written and evaluated.
    let base = std::fs::read(fixture("small.conllu")).unwrap();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b"\t\n\r-.0123456789_#:|= a\xff\xc3";
    for _ in 0..3000 {
        let mut bytes = base.clone();
        for _ in 0..(1 + next() % 4) {
            let i = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[i] = alphabet[(next() as usize) % alphabet.len()],
                1 => {
                    bytes.remove(i);
                }
                _ => bytes.insert(i, alphabet[(next() as usize) % alphabet.len()]),
            }
        }
        if let Ok(s) = read_conllu(&bytes[..], "fuzz") {
            let _ = write_to_string(&s);
            let _ = raw_text(&s);
            let _ = evaluate(&s, &s);
            let good = read_conllu(&base[..], "base").unwrap();
            let _ = evaluate(&good, &s);
        }
    }
}

// ------------------------------------------------------------------ metrics

/// A sentence from `form head deprel [upos [lemma [feats]]]` rows.
fn sent(rows: &[&str]) -> String {
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let f: Vec<&str> = row.split(' ').collect();
        let get = |k: usize| f.get(k).copied().unwrap_or("_");
        out += &format!(
            "{}\t{}\t{}\t{}\t_\t{}\t{}\t{}\t_\t_\n",
            i + 1,
            f[0],
            get(4),
            get(3),
            get(5),
            f[1],
            f[2]
        );
    }
    out + "\n"
}

fn eval_str(gold: &str, system: &str) -> Scores {
    evaluate(&parse(gold), &parse(system)).unwrap()
}

const GOLD4: &[&str] = &[
    "The 2 det DET the",
    "cat 3 nsubj NOUN cat Number=Sing",
    "saw 0 root VERB see",
    "mice 3 obj NOUN mouse Number=Plur",
];

#[test]
fn identical_is_perfect() {
    let g = sent(GOLD4);
    let s = eval_str(&g, &g);
    for (name, m) in s.named() {
        assert_eq!((m.precision, m.recall, m.f1), (1.0, 1.0, 1.0), "{name}");
        if !matches!(name, "Tokens" | "Sentences" | "Words") {
            assert_eq!(m.aligned_accuracy, Some(1.0), "{name}");
        } else {
            assert_eq!(m.aligned_accuracy, None, "{name}");
        }
    }
    assert_eq!(s.tokens.gold_total, 4);
    assert_eq!(s.clas.gold_total, 3); // det is functional
}

#[test]
fn one_wrong_head() {
    let mut sys = GOLD4.to_vec();
    sys[3] = "mice 2 obj NOUN mouse Number=Plur";
    let s = eval_str(&sent(GOLD4), &sent(&sys));
    approx(s.uas.f1, 0.75);
    approx(s.uas.precision, 0.75);
    approx(s.uas.recall, 0.75);
    assert_eq!(s.uas.aligned_accuracy, Some(0.75));
    approx(s.las.f1, 0.75);
    // CLAS: content words cat, saw, mice; mice wrong.
    approx(s.clas.f1, 2.0 / 3.0);
    assert_eq!(s.upos.f1, 1.0);
    assert_eq!(s.words.f1, 1.0);
}

#[test]
fn right_head_wrong_label() {
    let mut sys = GOLD4.to_vec();
    sys[3] = "mice 3 iobj NOUN mouse Number=Plur";
    let s = eval_str(&sent(GOLD4), &sent(&sys));
    assert_eq!(s.uas.f1, 1.0);
    approx(s.las.f1, 0.75);
    assert!(s.las.f1 < s.uas.f1);
}

#[test]
fn subtype_only_difference_counts_as_right() {
    let mut sys = GOLD4.to_vec();
    sys[1] = "cat 3 nsubj:pass NOUN cat Number=Sing";
    let s = eval_str(&sent(GOLD4), &sent(&sys));
    assert_eq!(s.las.f1, 1.0);
    assert_eq!(s.clas.f1, 1.0);
    assert_eq!(s.mlas.f1, 1.0);
}

#[test]
fn tags_lemmas_feats() {
    let mut sys = GOLD4.to_vec();
    // Wrong UPOS on "The"; wrong lemma on "saw"; features reordered plus a
    // language-specific one on "cat" (ignored); wrong feature on "mice".
    sys[0] = "The 2 det PRON the";
    sys[1] = "cat 3 nsubj NOUN cat Number[psor]=Sing|Number=Sing";
    sys[2] = "saw 0 root VERB saw";
    sys[3] = "mice 3 obj NOUN mouse Number=Sing";
    let s = eval_str(&sent(GOLD4), &sent(&sys));
    approx(s.upos.f1, 0.75);
    approx(s.lemmas.f1, 0.75);
    approx(s.ufeats.f1, 0.75);
    approx(s.alltags.f1, 0.5);
    // MLAS: saw has the functional child? no (det is on cat): cat's child
    // "The" has the wrong UPOS -> cat wrong; mice wrong feats; saw right.
    approx(s.mlas.f1, 1.0 / 3.0);
    // BLEX: saw has the wrong lemma.
    approx(s.blex.f1, 2.0 / 3.0);
    // A gold "_" lemma matches any system lemma.
    let mut gold = GOLD4.to_vec();
    gold[2] = "saw 0 root VERB _";
    let s = eval_str(&sent(&gold), &sent(&sys));
    assert_eq!(s.lemmas.f1, 1.0);
}

#[test]
fn system_merges_two_gold_tokens() {
    let gold = sent(&[
        "New 2 compound PROPN",
        "York 4 nsubj PROPN",
        "is 4 cop AUX",
        "big 0 root ADJ",
        ". 4 punct PUNCT",
    ]);
    let system = sent(&[
        "New\u{a0}York 3 nsubj PROPN",
        "is 3 cop AUX",
        "big 0 root ADJ",
        ". 3 punct PUNCT",
    ]);
    let s = eval_str(&gold, &system);
    // Tokens: gold 5, system 4, correct 3 (is, big, .).
    approx(s.tokens.precision, 3.0 / 4.0);
    approx(s.tokens.recall, 3.0 / 5.0);
    approx(s.tokens.f1, 6.0 / 9.0);
    assert_eq!(
        (s.tokens.correct, s.tokens.gold_total, s.tokens.system_total),
        (3, 5, 4)
    );
    approx(s.words.f1, 6.0 / 9.0);
    approx(s.uas.precision, 3.0 / 4.0);
    approx(s.uas.recall, 3.0 / 5.0);
    assert_eq!(s.uas.aligned_accuracy, Some(1.0));
    // CLAS: gold content words New, York, big (3), system New York, big (2);
    // aligned content: big, correct.
    approx(s.clas.precision, 1.0 / 2.0);
    approx(s.clas.recall, 1.0 / 3.0);
    approx(s.clas.f1, 2.0 / 5.0);
    assert_eq!(s.sentences.f1, 1.0);
}

#[test]
fn different_sentence_split() {
    let a = ["It 2 nsubj", "rains 0 root", ". 2 punct"];
    let b = ["We 2 nsubj", "stay 0 root", ". 2 punct"];
    let c = ["Bye 0 root", "! 1 punct"];
    let gold = sent(&a) + &sent(&b) + &sent(&c);
    // System: a alone, then b and c merged into one sentence.
    let system = sent(&a)
        + &sent(&[
            "We 2 nsubj",
            "stay 0 root",
            ". 2 punct",
            "Bye 2 parataxis",
            "! 4 punct",
        ]);
    let s = eval_str(&gold, &system);
    approx(s.sentences.precision, 1.0 / 2.0);
    approx(s.sentences.recall, 1.0 / 3.0);
    approx(s.sentences.f1, 2.0 / 5.0);
    assert_eq!(s.tokens.f1, 1.0);
    assert_eq!(s.words.f1, 1.0);
    // 8 words, "Bye" (root -> stay) and "!" (Bye -> Bye, aligned) : 7 right.
    approx(s.uas.f1, 7.0 / 8.0);
    approx(s.las.f1, 7.0 / 8.0);
}

#[test]
fn multiword_tokens() {
    let gold = "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
                1\tDo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n\
                2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n\
                3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n\n";
    // System without the MWT: same words, three tokens.
    let system = sent(&[
        "Do 3 aux AUX do",
        "n't 3 advmod PART not",
        "go 0 root VERB go",
    ]);
    let s = eval_str(gold, &system);
    // Tokens: gold Don't, go; system Do, n't, go; only "go" matches.
    approx(s.tokens.precision, 1.0 / 3.0);
    approx(s.tokens.recall, 1.0 / 2.0);
    approx(s.tokens.f1, 2.0 / 5.0);
    // Words are aligned by LCS of forms inside the multi-word span.
    assert_eq!(s.words.f1, 1.0);
    assert_eq!(s.las.f1, 1.0);

    // Case-insensitive LCS: system word "DO" inside the same MWT.
    let system2 = gold.replace("\tDo\t", "\tDO\t");
    let s = eval_str(gold, &system2);
    assert_eq!(s.words.f1, 1.0);
    assert_eq!(s.tokens.f1, 1.0);

    // System MWT split differently ("Don" + "'t"): only "go" aligns.
    let system3 = "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
                   1\tDon\tdo\tAUX\t_\t_\t3\taux\t_\t_\n\
                   2\t't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n\
                   3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n\n";
    let s = eval_str(gold, system3);
    assert_eq!(s.tokens.f1, 1.0);
    approx(s.words.precision, 1.0 / 3.0);
    approx(s.words.recall, 1.0 / 3.0);
    approx(s.uas.f1, 1.0 / 3.0);
}

#[test]
fn official_alignment_tests() {
    // The unit tests of conll18_ud_eval.py: "abc a b c" is a multi-word token
    // "abc" of words a, b, c.
    fn load(words: &[&str]) -> Vec<ConlluSentence> {
        let mut lines = Vec::new();
        let mut n = 0;
        for w in words {
            let parts: Vec<&str> = w.split(' ').collect();
            if parts.len() == 1 {
                n += 1;
                lines.push(format!(
                    "{n}\t{}\t_\t_\t_\t_\t{}\t_\t_\t_",
                    parts[0],
                    usize::from(n > 1)
                ));
            } else {
                lines.push(format!(
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_",
                    n + 1,
                    n + parts.len() - 1,
                    parts[0]
                ));
                for p in &parts[1..] {
                    n += 1;
                    lines.push(format!(
                        "{n}\t{p}\t_\t_\t_\t_\t{}\t_\t_\t_",
                        usize::from(n > 1)
                    ));
                }
            }
        }
        parse(&(lines.join("\n") + "\n\n"))
    }
    fn ok(gold: &[&str], system: &[&str], correct: usize) {
        let m = evaluate(&load(gold), &load(system)).unwrap().words;
        let count = |ws: &[&str]| {
            ws.iter()
                .map(|w| (w.split(' ').count() - 1).max(1))
                .sum::<usize>()
        };
        let (g, s) = (count(gold), count(system));
        assert_eq!(
            (m.precision, m.recall, m.f1),
            (
                correct as f64 / s as f64,
                correct as f64 / g as f64,
                2.0 * correct as f64 / (g + s) as f64
            ),
            "{gold:?} {system:?}"
        );
    }
    assert!(evaluate(&load(&["a"]), &load(&["b"])).is_err());
    ok(&["a"], &["a"], 1);
    ok(&["a", "b", "c"], &["a", "b", "c"], 3);
    ok(&["abc a b c"], &["a", "b", "c"], 3);
    ok(&["a", "bc b c", "d"], &["a", "b", "c", "d"], 4);
    ok(&["abcd a b c d"], &["ab a b", "cd c d"], 4);
    ok(&["abc a b c", "de d e"], &["a", "bcd b c d", "e"], 5);
    ok(&["abcd"], &["a", "b", "c", "d"], 0);
    ok(&["abc", "d"], &["a", "b", "c", "d"], 1);
    ok(&["a", "bc", "d"], &["a", "b", "c", "d"], 2);
    ok(&["a", "bc b c", "d"], &["a", "b", "cd"], 2);
    ok(
        &["abc a BX c", "def d EX f"],
        &["ab a b", "cd c d", "ef e f"],
        4,
    );
    ok(&["ab a b", "cd bc d"], &["a", "bc", "d"], 2);
    ok(&["a", "bc b c", "d"], &["ab AX BX", "cd CX a"], 1);
}

#[test]
fn mismatching_text_is_an_error() {
    let gold = sent(&["The 2 det", "cat 0 root"]);
    let system = sent(&["The 2 det", "cot 0 root"]);
    match evaluate(&parse(&gold), &parse(&system)) {
        Err(EvalError::TextMismatch {
            byte_offset,
            char_offset,
            gold_snippet,
            system_snippet,
            ..
        }) => {
            assert_eq!((byte_offset, char_offset), (4, 4));
            assert_eq!(
                (gold_snippet.as_str(), system_snippet.as_str()),
                ("at", "ot")
            );
        }
        other => panic!("expected TextMismatch, got {other:?}"),
    }
    // Byte offsets count UTF-8 bytes; the message says where.
    let gold = sent(&["Café 2 nsubj", "bar 0 root"]);
    let system = sent(&["Café 2 nsubj", "bax 0 root"]);
    let err = evaluate(&parse(&gold), &parse(&system)).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(
            err,
            EvalError::TextMismatch {
                byte_offset: 7,
                char_offset: 6,
                ..
            }
        ),
        "{msg}"
    );
    assert!(
        msg.contains("byte 7") && msg.contains("gold sentence 1"),
        "{msg}"
    );
    // Missing text at the end.
    let system = sent(&["Café 0 root"]);
    assert!(matches!(
        evaluate(&parse(&gold), &parse(&system)),
        Err(EvalError::TextMismatch { byte_offset: 5, .. })
    ));
    // Spaces (Zs) inside forms do not matter.
    let s = eval_str(
        &sent(&["New\u{a0}York 0 root"]),
        &sent(&["New 2 compound", "York 0 root"]),
    );
    assert_eq!(s.tokens.f1, 0.0);
}

#[test]
fn invalid_trees_are_errors() {
    let good = parse(&sent(&["a 0 root", "b 1 dep"]));
    let cycle = parse(&sent(&["a 2 dep", "b 1 dep"]));
    let two_roots = parse(&sent(&["a 0 root", "b 0 root"]));
    for bad in [&cycle, &two_roots] {
        let err = evaluate(&good, bad).unwrap_err();
        assert!(
            matches!(
                err,
                EvalError::InvalidSentence {
                    side: "system",
                    sentence: 1,
                    ..
                }
            ),
            "{err}"
        );
        let err = evaluate(bad, &good).unwrap_err();
        assert!(
            matches!(err, EvalError::InvalidSentence { side: "gold", .. }),
            "{err}"
        );
    }
}

#[test]
fn scores_serialize() {
    let g = sent(GOLD4);
    let s = eval_str(&g, &g);
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["las"]["f1"], 1.0);
    assert!(json["tokens"]["aligned_accuracy"].is_null());
}
