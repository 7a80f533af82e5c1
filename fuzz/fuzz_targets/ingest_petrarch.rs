//! `dyad_harness::ingest_petrarch` under libFuzzer (the check is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dyad_harness::ingest_petrarch(data));
