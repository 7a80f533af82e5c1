//! `dyad_harness::dict_dyad` under libFuzzer (the check is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dyad_harness::dict_dyad(data));
