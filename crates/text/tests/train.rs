//! Training is reproducible, and the model file round-trips and refuses
//! corrupt input with an error instead of a panic.

use std::path::PathBuf;

use dyad_text::conllu;
use dyad_text::model::Model;
use dyad_text::train::{train, TrainOptions};

fn ewt_file(name: &str) -> Option<PathBuf> {
    dyad_testdata::shared(&format!("data/ud-english-ewt/{name}"))
}

fn small_model(seed: u64) -> Option<Model> {
    let path = ewt_file("en_ewt-ud-train.conllu")?;
    let all = conllu::read_conllu(
        std::io::BufReader::new(std::fs::File::open(path).unwrap()),
        "train",
    )
    .unwrap();
    let (train_set, dev_set) = (&all[..400], &all[400..500]);
    let opts = TrainOptions {
        seed,
        tagger_epochs: 2,
        parser_epochs: 2,
        folds: 2,
        min_updates: 2,
        name: "test".into(),
    };
    Some(train(train_set, dev_set, &opts, &mut |_| {}))
}

#[test]
fn same_seed_same_model_and_file_round_trip() {
    let Some(a) = small_model(7) else { return };
    let b = small_model(7).unwrap();
    let bytes = a.to_bytes();
    assert_eq!(bytes, b.to_bytes(), "training is not reproducible");
    let back = Model::from_bytes(&bytes, "mem").unwrap();
    assert_eq!(back.to_bytes(), bytes);
    // The reloaded model parses exactly like the trained one.
    let atoms: Vec<_> = ["The", "talks", "ended", "."]
        .iter()
        .map(|w| dyad_text::features::WordAtoms::new(w))
        .collect();
    let tags = a.tagger.tag(&atoms);
    assert_eq!(tags, back.tagger.tag(&atoms));
    assert_eq!(
        a.parser.parse(&atoms, &tags),
        back.parser.parse(&atoms, &tags)
    );
    assert!(a.info.dev_scores["uas"] > 30.0);
}

#[test]
fn corrupt_model_files_are_refused() {
    let Some(m) = small_model(3) else { return };
    let bytes = m.to_bytes();
    assert!(Model::from_bytes(b"", "empty").is_err());
    assert!(Model::from_bytes(b"not a model at all", "text").is_err());
    for cut in [12, 13, 100, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Model::from_bytes(&bytes[..cut], "cut").is_err(),
            "cut at {cut}"
        );
    }
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 3;
    flipped[mid] ^= 0xff;
    // A flipped byte is caught by zstd's checksum or by the table checks; it never panics.
    let _ = Model::from_bytes(&flipped, "flipped");
}
