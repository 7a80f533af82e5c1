//! Feature hashing shared by the tagger and the parser.
//!
//! A feature is a template id combined with one to four atom values (word
//! hashes, tag ids, label ids, distances), mixed into one `u64`. Words are
//! hashed once per sentence ([`WordAtoms`]), so building a feature costs a few
//! multiplications and no allocation.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

thread_local! {
    /// Scratch space for the normalised form, so hashing a word allocates nothing.
    static NORM_BUF: std::cell::RefCell<String> = std::cell::RefCell::new(String::with_capacity(64));
}

/// Mix a template id and up to four values into a well-distributed key.
#[inline(always)]
pub fn mix(template: u32, a: u64, b: u64, c: u64, d: u64) -> u64 {
    let mut h = (template as u64 + 1).wrapping_mul(K);
    h = (h ^ a).wrapping_mul(K).rotate_left(29);
    h = (h ^ b).wrapping_mul(K).rotate_left(29);
    h = (h ^ c).wrapping_mul(K).rotate_left(29);
    h = (h ^ d).wrapping_mul(K);
    fmix(h)
}

/// MurmurHash3's finaliser: every input bit affects every output bit.
#[inline(always)]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// FNV-1a over bytes, then finalised; stable across platforms and releases
/// (the trained model depends on it).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fmix(h)
}

/// Appends `ch` to a normalised form: lower case, digits folded to `0`.
#[inline(always)]
fn push_norm(norm: &mut String, ch: char) {
    if ch.is_ascii_digit() {
        norm.push('0');
    } else if ch.is_ascii() {
        norm.push(ch.to_ascii_lowercase());
    } else {
        norm.extend(ch.to_lowercase());
    }
}

/// [`WordAtoms::norm`] of `form` alone, without the other atoms.
pub fn norm_hash(form: &str) -> u64 {
    NORM_BUF.with(|buf| {
        let mut norm = buf.borrow_mut();
        norm.clear();
        for ch in form.chars() {
            push_norm(&mut norm, ch);
        }
        hash_str(&norm)
    })
}

/// The hashed views of one word that the feature templates use.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordAtoms {
    /// Lowercased form, digits folded to `0`.
    pub norm: u64,
    /// The exact form.
    pub form: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 5],
    /// Word shape, runs longer than two collapsed: "Xxx-Xxx", "dd.dd".
    pub shape: u64,
    /// Bit flags: 1 upper-initial, 2 all-upper, 4 has digit, 8 has hyphen,
    /// 16 has period, 32 all punctuation.
    pub flags: u64,
}

impl WordAtoms {
    pub fn new(form: &str) -> WordAtoms {
        NORM_BUF.with(|buf| WordAtoms::with_buffer(form, &mut buf.borrow_mut()))
    }

    fn with_buffer(form: &str, norm: &mut String) -> WordAtoms {
        norm.clear();
        let mut shape_hash: u64 = 0xcbf2_9ce4_8422_2325;
        let (mut last, mut run) = ('\0', 0);
        let mut flags = 0u64;
        let mut all_upper = true;
        let mut all_punct = true;
        let mut n_chars = 0;
        let mut prefix = [0u64; 4];
        for (i, ch) in form.chars().enumerate() {
            n_chars += 1;
            push_norm(norm, ch);
            if i < 4 {
                prefix[i] = hash_str(norm);
            }
            let sc = if ch.is_uppercase() {
                'X'
            } else if ch.is_lowercase() {
                'x'
            } else if ch.is_numeric() {
                'd'
            } else {
                ch
            };
            if sc == last {
                run += 1;
            } else {
                run = 1;
                last = sc;
            }
            if run <= 2 {
                let mut b = [0u8; 4];
                for &x in sc.encode_utf8(&mut b).as_bytes() {
                    shape_hash ^= x as u64;
                    shape_hash = shape_hash.wrapping_mul(0x0100_0000_01b3);
                }
            }
            if i == 0 && ch.is_uppercase() {
                flags |= 1;
            }
            if ch.is_lowercase() {
                all_upper = false;
            }
            if ch.is_alphanumeric() {
                all_punct = false;
            }
            if ch.is_numeric() {
                flags |= 4;
            }
            if ch == '-' {
                flags |= 8;
            }
            if ch == '.' {
                flags |= 16;
            }
        }
        if all_upper && n_chars > 0 && !all_punct {
            flags |= 2;
        }
        if all_punct {
            flags |= 32;
        }
        // Shorter words repeat their whole form as the longer prefixes.
        for k in n_chars.min(4)..4 {
            prefix[k] = prefix[k.saturating_sub(1)];
        }
        let mut suffix = [0u64; 5];
        let mut cut = norm.len();
        let mut chars_back = norm.char_indices().rev();
        for s in suffix.iter_mut() {
            if let Some((at, _)) = chars_back.next() {
                cut = at;
            }
            *s = hash_str(&norm[cut..]) ^ 0x5555;
        }
        WordAtoms {
            norm: hash_str(norm),
            form: hash_str(form),
            prefix,
            suffix,
            shape: fmix(shape_hash),
            flags,
        }
    }

    /// Atoms of the padding positions before and after a sentence.
    pub fn boundary(which: u64) -> WordAtoms {
        let h = fmix(0xB0B0_0000 + which);
        WordAtoms {
            norm: h,
            form: h,
            prefix: [h; 4],
            suffix: [h; 5],
            shape: h,
            flags: 64 + which,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_fold_case_and_digits() {
        let a = WordAtoms::new("Baku");
        let b = WordAtoms::new("baku");
        assert_eq!(a.norm, b.norm);
        assert_ne!(a.form, b.form);
        assert_eq!(a.flags & 1, 1);
        assert_eq!(WordAtoms::new("1990").norm, WordAtoms::new("2017").norm);
        assert_eq!(WordAtoms::new("").flags & 32, 32);
    }

    #[test]
    fn mix_depends_on_every_argument() {
        let base = mix(1, 2, 3, 4, 5);
        assert_ne!(base, mix(0, 2, 3, 4, 5));
        assert_ne!(base, mix(1, 0, 3, 4, 5));
        assert_ne!(base, mix(1, 2, 0, 4, 5));
        assert_ne!(base, mix(1, 2, 3, 0, 5));
        assert_ne!(base, mix(1, 2, 3, 4, 0));
    }
}
