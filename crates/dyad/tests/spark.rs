//! The PySpark job (`integrations/spark`) gives what one machine gives:
//! `integrations/spark/test_spark.py` codes the sample news set with
//! `dyad code --db` and with Spark in local mode (2 cores, one task failing
//! on its first attempt) and compares events, mentions and rejects.
//!
//! It needs Java and `pyspark`, and takes about a minute, so it is ignored
//! by default; `.ci/run` runs it on its own:
//! `cargo test --workspace --test spark -- --ignored --nocapture`.
#![cfg(feature = "store")]

use std::path::PathBuf;
use std::process::Command;

#[test]
#[ignore = "needs Java and pyspark; .ci/run runs it"]
fn spark_job_matches_one_machine() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let has_pyspark = Command::new("python3")
        .args(["-c", "import pyspark, pyarrow"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_pyspark {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pyspark and pyarrow are needed (pip install pyspark pyarrow)"
        );
        eprintln!("skipped: pyspark or pyarrow is not installed");
        return;
    }
    let out = Command::new("python3")
        .arg(repo.join("integrations/spark/test_spark.py"))
        .arg("--dyad")
        .arg(env!("CARGO_BIN_EXE_dyad"))
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("spark test: ok"),
        "the Spark test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
