//! Measures the bundled gazetteer's load time: `cargo run --release -p dyad-geo --example geo_load`.

fn main() {
    let t = std::time::Instant::now();
    match dyad_geo::Geocoder::bundled() {
        Ok(g) => println!(
            "{} places, {} compressed bytes, loaded and indexed in {:.3} s",
            g.gazetteer.len(),
            dyad_geo::gazetteer::BUNDLED_GAZETTEER.len(),
            t.elapsed().as_secs_f64()
        ),
        Err(e) => eprintln!("{e}"),
    }
}
