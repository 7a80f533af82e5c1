//! Bytes to text: BOM, then a declared charset (HTTP header or `<meta>`),
//! then detection with `chardetng`; invalid bytes become U+FFFD. Also
//! language identification with `whatlang`.

use encoding_rs::Encoding;

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    Bom,
    Declared,
    Detected,
}

/// Decodes `bytes`. `declared` is a charset label from outside the document
/// (HTTP `Content-Type`); `html` says whether to look for `<meta charset>`.
/// Never fails: undecodable bytes are replaced.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    html: bool,
) -> (String, &'static Encoding, EncodingSource) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc, EncodingSource::Bom);
    }
    let label = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .or_else(|| if html { meta_charset(bytes) } else { None });
    if let Some(enc) = label {
        // A page labelled as UTF-16 without a BOM is almost always lying.
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            enc
        };
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return (text.into_owned(), enc, EncodingSource::Declared);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), encoding_rs::UTF_8, EncodingSource::Detected);
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let enc = det.guess(None, true);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc, EncodingSource::Detected)
}

/// The charset parameter of a `Content-Type` value.
pub fn charset_param(content_type: &str) -> Option<&str> {
    let lower = content_type.to_ascii_lowercase();
    let i = lower.find("charset=")?;
    let v = &content_type[i + 8..];
    let v = v.trim_start_matches(['"', '\'']);
    let end = v.find(['"', '\'', ';', ' ', ',']).unwrap_or(v.len());
    let v = &v[..end];
    (!v.is_empty()).then_some(v)
}

/// `<meta charset=...>` or `<meta http-equiv content="...charset=...">` in
/// the first 4 KiB.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = head[from..].find("<meta") {
        let start = from + i;
        let end = head[start..]
            .find('>')
            .map(|e| start + e)
            .unwrap_or(head.len());
        let tag = &head[start..end];
        if let Some(c) = charset_param(tag) {
            if let Some(enc) = Encoding::for_label(c.as_bytes()) {
                return Some(enc);
            }
        }
        from = end;
    }
    None
}

/// True when the bytes look like binary data rather than text: NUL bytes or
/// many control characters in the first 8 KiB (UTF-16 with a BOM excepted).
pub fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some() {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return false;
    }
    let ctrl = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)))
        .count();
    head.contains(&0) || ctrl * 20 > head.len()
}

/// Language of a text as ISO 639-1 where one exists (else 639-3), `und`
/// when unknown or not reliably known: a one-line English story can read as
/// Indonesian to a trigram model, and must not be skipped for it. Looks at
/// the first 6,000 bytes.
pub fn language(text: &str) -> String {
    let mut end = text.len().min(6000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // "Mongolian President Ukhnaagiin Khurelsukh met Estonian Prime
    // Minister Kaja Kallas in Tokyo on Sunday." reads as Estonian: a text
    // of names, with too few other words to tell its language by.
    // (Scripts without letter case, Chinese or Arabic, are told apart
    // from few words.)
    let (letters, cased, ascii) = sample.chars().filter(|c| c.is_alphabetic()).fold(
        (0usize, 0usize, 0usize),
        |(l, k, a), c| {
            (
                l + 1,
                k + usize::from(c.is_lowercase() || c.is_uppercase()),
                a + usize::from(c.is_ascii()),
            )
        },
    );
    let common_words = sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .take(8)
        .count();
    if cased * 2 > letters && common_words < 8 {
        return "und".to_string();
    }
    // Plain English prose, most pages, is told by its function words
    // alone: a sixth of its words, in ASCII letters; the trigram model,
    // a good share of a page's time, is for the rest.
    let (words, english) = english_function_words(sample);
    if ascii * 20 >= letters * 19 && words >= 40 && english * 6 >= words {
        return "en".to_string();
    }
    let Some(info) = whatlang::detect(sample).filter(|i| i.is_reliable()) else {
        return "und".to_string();
    };
    let code = info.lang().code();
    // "According to Syrian state media, Israeli jets struck targets near
    // Damascus" reads as Afrikaans to the trigram model; English function
    // words, which other Latin-script languages do not use, say otherwise.
    if code != "eng"
        && info.script() == whatlang::Script::Latin
        && words > 0
        && english * 8 >= words
    {
        return "en".to_string();
    }
    let short = match code {
        "eng" => "en",
        "rus" => "ru",
        "cmn" => "zh",
        "arb" | "ara" => "ar",
        "spa" => "es",
        "fra" => "fr",
        "deu" => "de",
        "por" => "pt",
        "ita" => "it",
        "jpn" => "ja",
        "kor" => "ko",
        "tur" => "tr",
        "pes" => "fa",
        "ukr" => "uk",
        "nld" => "nl",
        "pol" => "pl",
        "hin" => "hi",
        "urd" => "ur",
        "heb" => "he",
        "ell" => "el",
        "ind" => "id",
        "vie" => "vi",
        other => other,
    };
    short.to_string()
}

/// How many words `sample` has, and how many of them are English function
/// words other Latin-script languages do not use.
fn english_function_words(sample: &str) -> (usize, usize) {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "of", "and", "to", "on", "said", "with", "by", "from", "was", "were", "has", "have",
        "that", "for", "its", "their", "after", "which", "would", "will",
    ];
    let (mut words, mut english) = (0usize, 0usize);
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
            english += 1;
        }
    }
    (words, english)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_meta_detect() {
        let (t, _, src) = decode(b"\xEF\xBB\xBFhello", None, false);
        assert_eq!((t.as_str(), src), ("hello", EncodingSource::Bom));
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body>";
        let (t, enc, src) = decode(page, None, true);
        assert!(t.contains("caf\u{e9}"));
        assert_eq!(
            (enc, src),
            (encoding_rs::WINDOWS_1252, EncodingSource::Declared)
        );
        let (t, _, _) = decode(b"caf\xc3\xa9", Some("utf-8"), false);
        assert_eq!(t, "caf\u{e9}");
        // Invalid UTF-8 under a UTF-8 label: replaced, no panic.
        let (t, _, _) = decode(b"a\xff\xfeb", Some("utf-8"), false);
        assert!(t.contains('\u{fffd}'));
        assert_eq!(
            charset_param("text/html; charset=ISO-8859-1"),
            Some("ISO-8859-1")
        );
        assert!(looks_binary(b"\x00\x01\x02PK\x03\x04"));
        assert!(!looks_binary(b"plain text\n"));
    }

    #[test]
    fn languages_reliably_known_or_undetermined() {
        let long = "The foreign ministers of Armenia and Azerbaijan met in Moscow on \
                    Monday to discuss the settlement of the conflict, the Russian \
                    foreign ministry said in a statement published after the talks.";
        assert_eq!(language(long), "en");
        let russian = "Министры иностранных дел Армении и Азербайджана встретились \
                       в Москве в понедельник, сообщило министерство.";
        assert_eq!(language(russian), "ru");
        // Too short to tell: undetermined, not a wrong language.
        assert_eq!(
            language("Serbian and Kosovar negotiators met in Brussels."),
            "und"
        );
        assert_eq!(language(""), "und");
        // Names with a few words between them: undetermined too.
        assert_eq!(
            language(
                "Mongolian President Ukhnaagiin Khurelsukh met Estonian Prime Minister Kaja \
                 Kallas in Tokyo on Sunday."
            ),
            "und"
        );
        // A trigram model's Afrikaans, English by its function words.
        assert_eq!(
            language("According to Syrian state media, Israeli jets struck targets near Damascus on Monday."),
            "en"
        );
        let dutch = "De regering van Nederland heeft maandag nieuwe maatregelen aangekondigd om de inflatie in het land te bestrijden, zo meldde het ministerie.";
        assert_eq!(language(dutch), "nl");
    }

    /// The function-word shortcut takes long English prose and leaves
    /// other languages, even ones that share a few of those words
    /// ("was", "will", "on"), to the trigram model.
    #[test]
    fn long_pages_by_function_words_or_trigrams() {
        let english = "The government said on Monday that it would send a delegation to the \
                       talks, which were due to open in Geneva later this week, and that the \
                       foreign minister had spoken by telephone with his counterpart to \
                       prepare the meeting. The opposition said the plan was not enough and \
                       that it would call for a vote in parliament.";
        assert_eq!(language(english), "en");
        let german = "Die Regierung will am Montag neue Massnahmen gegen die Inflation \
                      beschliessen, was die Opposition scharf kritisiert hat. Der Minister \
                      sagte, man werde die Steuern nicht erhoehen, und die Gespraeche mit \
                      den Gewerkschaften sollten noch in dieser Woche fortgesetzt werden, \
                      wie das Ministerium am Abend in Berlin mitteilte.";
        assert_eq!(language(german), "de");
        let french = "Le gouvernement a annonce lundi de nouvelles mesures contre la hausse \
                      des prix, et on attend une reunion avec les syndicats dans la semaine. \
                      Le ministre a declare que les impots ne seraient pas augmentes cette \
                      annee, selon un communique publie dans la soiree a Paris par le \
                      ministere de l'economie.";
        assert_eq!(language(french), "fr");
    }
}
