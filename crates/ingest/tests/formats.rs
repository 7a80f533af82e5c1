//! One project-written fixture per input format, the bad-input cases, the
//! multilingual labels and the near-duplicate clusters.

use std::io::{Read, Write};
use std::path::PathBuf;

use dyad_ingest::{Article, Ingester, Output, Reject};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run_path(path: &str) -> (Vec<Article>, Vec<Reject>) {
    let mut ing = Ingester::default();
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    ing.ingest_input(path, &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    (arts, rejs)
}

fn run_bytes(name: &str, bytes: Vec<u8>) -> (Vec<Article>, Vec<Reject>) {
    let mut ing = Ingester::default();
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    ing.ingest_bytes(name, bytes, &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    (arts, rejs)
}

#[test]
fn text_scrape_like_the_seed() {
    let path = fixture("wire-scrape.txt");
    let (arts, rejs) = run_path(path.to_str().unwrap());
    assert!(rejs.is_empty());
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Port authority and fishermen agree on new harbour rules")
    );
    assert_eq!(a.source.as_deref(), Some("Example Wire"));
    assert_eq!(a.published.as_deref(), Some("2023-05-14T18:02:11Z"));
    assert_eq!(
        a.dateline.place.as_deref(),
        Some("VALMORA"),
        "{:?}",
        a.paragraphs
    );
    assert_eq!(a.dateline.date.as_deref(), Some("2023-05-13"));
    assert_eq!(a.dateline.agency.as_deref(), Some("Example Wire"));
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    for junk in ["Ana Ruiz", "Share", "Back to Top", "lmartin", "4410023"] {
        assert!(!a.text.contains(junk), "{junk}");
    }
}

#[test]
fn html_page_with_print_copy_and_caption() {
    let path = fixture("page.html");
    let (arts, _) = run_path(path.to_str().unwrap());
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Drought talks resume between river states")
    );
    assert_eq!(a.source.as_deref(), Some("The Example Herald"));
    assert_eq!(a.published.as_deref(), Some("2022-08-09T07:30:00-04:00"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://herald.example/world/drought-talks")
    );
    assert_eq!(a.dateline.place.as_deref(), Some("LORENA"));
    assert_eq!(a.dateline.date.as_deref(), Some("2022-08-08"));
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    assert_eq!(
        a.text.matches("Negotiators from the three states").count(),
        1
    );
    for junk in ["Photo", "Facebook", "Related", "Copyright", "Home"] {
        assert!(!a.text.contains(junk), "{junk}");
    }
    let html = std::fs::read_to_string(&path).unwrap();
    let s = a.source_spans[1];
    assert!(html[s.start..s.end].starts_with("The delegations agreed"));
}

#[test]
fn jsonl_with_bad_lines() {
    let path = fixture("feed.jsonl");
    let (arts, rejs) = run_path(path.to_str().unwrap());
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["feed-1", "feed-3", "feed-5"]);
    assert_eq!(
        arts[0].published.as_deref(),
        Some("2023-03-07T09:15:00+01:00")
    );
    assert_eq!(arts[0].title.as_deref(), Some("Council approves budget"));
    assert_eq!(arts[0].paragraphs.len(), 2);
    assert_eq!(arts[0].input.position.as_deref(), Some("line 1"));
    assert!(arts[1].text.starts_with("Rescue teams reached"));
    assert_eq!(arts[2].language, "es");
    assert_eq!(arts[2].published.as_deref(), Some("2023-03-09T14:00:00Z"));
    assert_eq!(rejs.len(), 2);
    assert_eq!(rejs[0].line, Some(2));
    assert!(
        rejs[0].reason.contains("malformed JSON"),
        "{}",
        rejs[0].reason
    );
    assert_eq!(rejs[1].line, Some(4));
    assert!(rejs[0].input.ends_with("feed.jsonl"));
}

#[test]
fn jsonl_field_names_can_be_mapped() {
    let feed = concat!(
        r#"{"guid":"w-1","headline":"Port reopens after storm","body":"The harbour reopened on Friday after three days of closure. Ferries resumed their routes in the afternoon.","date":"2024-02-02 08:30:00","outlet":"Coast Daily"}"#,
        "\n",
        r#"{"guid":"w-2","headline":"No body here"}"#,
        "\n",
    );
    let mut ing = Ingester::default();
    ing.format = dyad_ingest::InputFormat::Jsonl;
    for m in [
        "id=guid",
        "title=headline",
        "text=body",
        "published=date",
        "source=outlet",
    ] {
        ing.json_fields.set(m).unwrap();
    }
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    ing.ingest_bytes("feed.json", feed.as_bytes().to_vec(), &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].id, "w-1");
    assert_eq!(arts[0].title.as_deref(), Some("Port reopens after storm"));
    assert_eq!(arts[0].source.as_deref(), Some("Coast Daily"));
    assert!(arts[0]
        .published
        .as_deref()
        .unwrap()
        .starts_with("2024-02-02T08:30:00"));
    assert_eq!(rejs.len(), 1);
    assert!(rejs[0].reason.contains("body"), "{}", rejs[0].reason);
    let mut f = dyad_ingest::read::JsonFields::default();
    assert!(f.set("txt=body").is_err());
    assert!(f.set("text").is_err());
    assert!(f.set("text=").is_err());
}

#[test]
fn petrarch_xml() {
    let path = fixture("events.xml");
    let (arts, rejs) = run_path(path.to_str().unwrap());
    assert!(rejs.is_empty());
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].id, "ex-001");
    assert_eq!(arts[0].published.as_deref(), Some("2023-04-12T00:00:00Z"));
    assert!(arts[1].text.contains("trade & energy"));
}

fn warc_record(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2022-08-09T12:00:00Z\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_and_bad_length() {
    let html = std::fs::read_to_string(fixture("page.html")).unwrap();
    let other = "<html><body><article><p>The central bank kept its main interest rate unchanged on Wednesday, saying inflation had eased for a third month in a row.</p></article></body></html>";
    let mut warc =
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n".to_vec();
    warc.extend(warc_record("https://herald.example/a", &html));
    warc.extend(warc_record("https://bank.example/b", other));
    let (arts, rejs) = run_bytes("crawl.warc", warc.clone());
    assert!(rejs.is_empty(), "{rejs:?}");
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].url.as_deref(), Some("https://bank.example/b"));
    assert_eq!(arts[1].published.as_deref(), Some("2022-08-09T12:00:00Z"));
    assert_eq!(arts[1].input.position.as_deref(), Some("record 3"));
    // A record whose length runs past the end: rejected, earlier ones kept.
    let mut bad = warc.clone();
    bad.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort");
    let (arts, rejs) = run_bytes("bad.warc", bad);
    assert_eq!(arts.len(), 2);
    assert_eq!(rejs.len(), 1);
    assert_eq!(rejs[0].record, Some(4));
    assert!(rejs[0].reason.contains("Content-Length"));
    // Gzipped, then truncated.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&warc).unwrap();
    let gz = gz.finish().unwrap();
    let (arts, rejs) = run_bytes("crawl.warc.gz", gz.clone());
    assert_eq!((arts.len(), rejs.len()), (2, 0));
    let (_, rejs) = run_bytes("cut.warc.gz", gz[..gz.len() / 2].to_vec());
    assert!(rejs.iter().any(|r| r.reason.contains("gzip")), "{rejs:?}");
}

#[test]
fn bad_inputs_are_rejected_and_the_batch_goes_on() {
    let dir = std::env::temp_dir().join(format!("dyad-ingest-bad-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("a-binary.bin"),
        [0u8, 1, 2, 3, 0xff, 0, 7, 9].repeat(100),
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        std::fs::read_to_string(fixture("page.html"))
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    let gz = gz.finish().unwrap();
    std::fs::write(dir.join("b-cut.html.gz"), &gz[..gz.len() - 20]).unwrap();
    std::fs::write(dir.join("sub/c-good.html.gz"), &gz).unwrap();
    let big = std::fs::File::create(dir.join("d-huge.txt")).unwrap();
    big.set_len(dyad_ingest::read::MAX_DOC_BYTES as u64 + 1)
        .unwrap();
    std::fs::copy(fixture("story.txt"), dir.join("e-story.txt")).unwrap();
    let (arts, rejs) = run_path(dir.to_str().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    let reasons: Vec<String> = rejs
        .iter()
        .map(|r| format!("{}: {}", r.input.rsplit('/').next().unwrap(), r.reason))
        .collect();
    assert_eq!(rejs.len(), 3, "{reasons:?}");
    assert!(
        reasons[0].starts_with("a-binary.bin: binary"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].starts_with("b-cut.html.gz: truncated or corrupt gzip"),
        "{reasons:?}"
    );
    assert!(
        reasons[2].starts_with("d-huge.txt: input of"),
        "{reasons:?}"
    );
    assert_eq!(arts.len(), 2);
    assert!(arts
        .iter()
        .any(|a| a.input.name.ends_with("sub/c-good.html.gz")));
    // Missing file: a reject, not a panic.
    let (_, rejs) = run_path("/nonexistent/file.txt");
    assert_eq!(rejs.len(), 1);
}

#[test]
fn languages() {
    let docs = [
        ("en", "The finance ministers of the region met on Monday to discuss a common response to rising food prices."),
        ("ru", "Министры финансов стран региона встретились в понедельник, чтобы обсудить общий ответ на рост цен на продовольствие."),
        ("zh", "该地区各国财政部长星期一举行会议，讨论如何共同应对食品价格上涨的问题。"),
        ("ar", "اجتمع وزراء المالية في دول المنطقة يوم الاثنين لمناقشة رد مشترك على ارتفاع أسعار الغذاء."),
        ("es", "Los ministros de finanzas de la región se reunieron el lunes para discutir una respuesta común al aumento de los precios de los alimentos."),
    ];
    for (lang, text) in docs {
        let (arts, _) = run_bytes("doc.txt", text.as_bytes().to_vec());
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].language, lang, "{text}");
    }
}

/// Deterministic word substitutions: every `step`-th word from `offset` on.
fn change_words(text: &str, step: usize, offset: usize) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % step == offset {
                format!("{w}x")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn wire_copies_cluster_unrelated_do_not() {
    let story = std::fs::read_to_string(fixture("story.txt"))
        .unwrap()
        .trim()
        .to_string();
    let other = std::fs::read_to_string(fixture("story-other.txt"))
        .unwrap()
        .trim()
        .to_string();
    let words: Vec<&str> = story.split(' ').collect();
    let cut = words[..words.len() * 8 / 10].join(" ");
    let mut variants = vec![
        format!("Share\nHome | World | Politics\n\n{story}\n\nCopyright 2024 Other Daily. All rights reserved."),
        cut.clone(),
        format!("Run-off date set for June\n\n{story}"),
    ];
    // 5 % of the words changed, at twenty different positions.
    for off in 0..20 {
        variants.push(change_words(&story, 20, off));
    }
    let mut ing = Ingester::default();
    let mut arts = Vec::new();
    let mut sink = |o| {
        if let Output::Article(a) = o {
            arts.push(*a)
        }
    };
    ing.ingest_bytes("orig.txt", story.clone().into_bytes(), &mut sink);
    for (i, v) in variants.iter().enumerate() {
        ing.ingest_bytes(&format!("copy-{i}.txt"), v.clone().into_bytes(), &mut sink);
    }
    ing.ingest_bytes("other.txt", other.into_bytes(), &mut sink);
    let first = arts[0].id.clone();
    let together = arts[1..arts.len() - 1]
        .iter()
        .filter(|a| a.cluster == first)
        .count();
    eprintln!("wire copies clustered: {together}/{}", variants.len());
    assert_eq!(together, variants.len());
    let last = arts.last().unwrap();
    assert_eq!(
        last.cluster, last.id,
        "an unrelated story on the same topic starts its own cluster"
    );
    assert_eq!(ing.summary.duplicates, variants.len() as u64);
}

/// A JSON-lines stream read line by line gives what the same bytes read
/// whole give: the same documents and the same rejects, with positions.
#[test]
fn jsonl_stream_matches_jsonl_read_whole() {
    let text = "A quiet morning in the port city ended when the harbour authority closed the docks to all ships.";
    let mut data = String::new();
    data += &format!("{{\"id\": \"a\", \"text\": \"{text}\"}}\n");
    data += "\n";
    data += "{\"id\": \"b\", \"text\": \n";
    data += "[1, 2]\r\n";
    data += &format!("{{\"id\": \"c\", \"text\": \"{text} Again.\"}}");
    let whole = run_bytes("feed.jsonl", data.clone().into_bytes());
    let mut ing = Ingester::default();
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    // A tiny buffer makes lines cross buffer boundaries.
    let reader = std::io::BufReader::with_capacity(7, data.as_bytes());
    ing.ingest_stream("feed.jsonl", reader, &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    let ids = |a: &[Article]| a.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&arts), ["a", "c"]);
    assert_eq!(ids(&arts), ids(&whole.0));
    let pos = |r: &[Reject]| {
        r.iter()
            .map(|r| (r.line, r.byte, r.reason.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(pos(&rejs), pos(&whole.1));
    assert_eq!(rejs.len(), 2);
    assert_eq!(rejs[0].line, Some(3));
    assert!(rejs[0].reason.contains("malformed JSON"), "{:?}", rejs[0]);
    assert!(
        rejs[1].reason.contains("not a JSON object"),
        "{:?}",
        rejs[1]
    );
}

/// A line longer than the document limit is rejected without being held
/// in memory, and the lines after it are read.
#[test]
fn jsonl_stream_rejects_an_endless_line_and_goes_on() {
    let limit = dyad_ingest::read::MAX_DOC_BYTES;
    let long = std::io::repeat(b'x').take(limit as u64 + 10);
    let next = "\n{\"id\": \"after\", \"text\": \"The council met on Monday and voted to reopen the northern bridge to traffic.\"}\n";
    let reader = std::io::BufReader::new(std::io::Read::chain(long, next.as_bytes()));
    let mut ing = Ingester::default();
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    ing.ingest_stream("-", reader, &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    assert_eq!(rejs.len(), 1);
    assert_eq!(rejs[0].line, Some(1));
    assert!(rejs[0].reason.contains("larger than"), "{}", rejs[0].reason);
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].id, "after");
    assert_eq!(arts[0].input.position.as_deref(), Some("line 2"));
}

/// The clusterer's memory is bounded: copies within the window cluster,
/// a copy further back than the window starts a new cluster.
#[test]
fn dedup_window_bounds_what_is_remembered() {
    let story = std::fs::read_to_string(fixture("story.txt")).unwrap();
    let filler = |i: usize| {
        format!(
            "Item {i}: the district water board number {i} reported level {} on gauge {} at station {}.",
            i * 7,
            i * 13,
            i * 31
        )
    };
    let run = |window: usize, gap: usize| {
        let mut ing = Ingester::default();
        ing.set_dedup_window(window);
        let mut arts = Vec::new();
        let mut sink = |o| {
            if let Output::Article(a) = o {
                arts.push(*a)
            }
        };
        ing.ingest_bytes("orig.txt", story.clone().into_bytes(), &mut sink);
        for i in 0..gap {
            ing.ingest_bytes(&format!("f{i}.txt"), filler(i).into_bytes(), &mut sink);
        }
        ing.ingest_bytes(
            "copy.txt",
            format!("{story}\nUpdated.").into_bytes(),
            &mut sink,
        );
        let (first, last) = (&arts[0], arts.last().unwrap());
        last.cluster == first.id
    };
    assert!(run(10, 4), "a copy within half the window clusters");
    assert!(
        !run(10, 12),
        "a copy beyond the window starts its own cluster"
    );
}
