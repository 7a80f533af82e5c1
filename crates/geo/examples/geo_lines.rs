//! Places found in each line of stdin, one per output line
//! (`line<TAB>text<TAB>name<TAB>country<TAB>geo type<TAB>lat<TAB>lon`), then
//! their count on stderr. A line that is a gold case (JSON with "text" and
//! "places") prints only its misses (`-`), extra places (`+`) and places
//! over 161 km off (`~`). For precision checks over plain text (the UD
//! English-EWT `# text =` lines) and for reading gold misses:
//! `cargo run --release -p dyad-geo --example geo_lines < lines.txt`
//! (`GEO_PARSE=1`: also the gold cases' parses, on stderr).

use std::io::BufRead;

use dyad_geo::{eval, gazetteer::fold, Geocoder};
use dyad_text::Pipeline;

fn main() {
    let p = Pipeline::bundled().expect("bundled model");
    let g = Geocoder::bundled().expect("bundled gazetteer");
    let mut total = 0;
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let Ok(line) = line else { break };
        if line.starts_with('{') {
            let Ok(case) = eval::read_gold("stdin", &line) else {
                continue;
            };
            let case = &case[0];
            if std::env::var_os("GEO_PARSE").is_some() {
                for sent in p.annotate(&case.text).sentences {
                    for (k, w) in sent.words.iter().enumerate() {
                        eprintln!(
                            "  {} {} {} {} {} {}",
                            k + 1,
                            w.form,
                            w.lemma,
                            w.upos,
                            w.head,
                            w.deprel
                        );
                    }
                }
            }
            let found = g.locate_text(&p, &case.text, case.dateline.as_deref());
            total += found.len();
            let mut used = vec![false; found.len()];
            for gp in &case.places {
                match (0..found.len()).find(|&k| !used[k] && fold(&found[k].text) == fold(&gp.name))
                {
                    Some(k) => {
                        used[k] = true;
                        let d = eval::haversine_km(gp.lat, gp.lon, found[k].lat, found[k].lon);
                        if d > 161.0 {
                            println!("~ {}\t{} km\t{}", gp.name, d.round(), case.text);
                        }
                    }
                    None => println!("- {}\t{}", gp.name, case.text),
                }
            }
            for (k, l) in found.iter().enumerate() {
                if !used[k] {
                    println!("+ {} ({}, {})\t{}", l.text, l.name, l.country, case.text);
                }
            }
            continue;
        }
        for l in g.locate_text(&p, &line, None) {
            total += 1;
            println!(
                "{}\t{}\t{}\t{}\t{}\t{:.2}\t{:.2}",
                n + 1,
                l.text,
                l.name,
                l.country,
                l.geo_type,
                l.lat,
                l.lon
            );
        }
    }
    eprintln!("{total} places");
}
