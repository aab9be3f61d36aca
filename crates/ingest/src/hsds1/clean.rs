//! Cleaning the text of 2-1-1 exports: shouting names, escaped newlines, export markers,
//! mangled punctuation, phone numbers, addresses and opening times as people typed them.
//!
//! Every function here is pure and total: it returns the cleaned value, or `None` when
//! nothing usable is left, and never panics on odd input.

use puerta_domain::ClockTime;

/// The export wrote `’` and friends as UTF-8 bytes read as code page 437 and then folded
/// to ASCII look-alikes (`’` = E2 80 99 → `GÇÖ`). Only sequences that cannot occur in
/// real text are repaired; ambiguous ones are left alone.
const MOJIBAKE: &[(&str, &str)] = &[
    ("GÇÖ", "’"),
    ("GÇÿ", "‘"),
    ("GÇ£", "“"),
    ("GÇ¥", "”"),
    ("GÇô", "–"),
    ("GÇö", "—"),
    ("GÇæ", "-"),
    ("GÇª", "…"),
    ("GÇó", "•"),
    ("GÇï", ""),
    ("-á", " "),
    ("-«", "®"),
    ("-¬", "©"),
    ("+¬", "é"),
    ("+í", "á"),
    ("+¡", "í"),
    ("+º", "ç"),
    ("+Æ", "Ò"),
];

/// Repairs the mangled punctuation and accents described at [`MOJIBAKE`]. `+¦` stands for
/// several letters (ñ, ó, ú); it is repaired only where the letter is certain from context:
/// `a+¦o`/`i+¦o` (año, niño, español) and `i+¦n` (-ción).
pub fn fix_mojibake(text: &str) -> String {
    if !text.contains(['G', '-', '+']) {
        return text.to_owned();
    }
    let mut out = text.to_owned();
    for (bad, good) in MOJIBAKE {
        if out.contains(bad) {
            out = out.replace(bad, good);
        }
    }
    if out.contains("+¦") {
        let mut fixed = String::with_capacity(out.len());
        let chars: Vec<char> = out.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '+' && chars.get(i + 1) == Some(&'¦') {
                let before = i.checked_sub(1).map(|j| chars[j].to_ascii_lowercase());
                let after = chars.get(i + 2).map(char::to_ascii_lowercase);
                let repl = match (before, after) {
                    (Some('a' | 'i'), Some('o')) => Some('ñ'),
                    (Some('i'), Some('n')) => Some('ó'),
                    _ => None,
                };
                if let Some(c) = repl {
                    fixed.push(c);
                    i += 2;
                    continue;
                }
            }
            fixed.push(chars[i]);
            i += 1;
        }
        out = fixed;
    }
    out
}

/// Turns the literal escape sequences of the export (`\n`, `\t`, `\r`, `\\`) into what they
/// stand for, and Windows line ends into `\n`.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some('n') => {
                    chars.next();
                    out.push('\n');
                }
                Some('t') => {
                    chars.next();
                    out.push(' ');
                }
                Some('r') => {
                    chars.next();
                }
                Some('\\') => {
                    chars.next();
                    out.push('\\');
                }
                _ => out.push('\\'),
            },
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Removes the export's `###MON###`-style markers (upper-case letters between `###`) and
/// returns them, in order of appearance, without duplicates.
pub fn take_markers(text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut markers: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("###") {
        let after = &rest[start + 3..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with("###") {
            out.push_str(&rest[..start]);
            let name = &after[..name_len];
            if !markers.iter().any(|m| m == name) {
                markers.push(name.to_owned());
            }
            rest = &after[name_len + 3..];
        } else {
            out.push_str(&rest[..start + 3]);
            rest = after;
        }
    }
    out.push_str(rest);
    (out, markers)
}

/// Tidies white space: trailing spaces on each line go, runs of blank lines become one, and
/// the whole text is trimmed.
pub fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

/// What [`clean_text`] did, for the import notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub text: Option<String>,
    pub markers: Vec<String>,
    pub unescaped: bool,
    pub mojibake: bool,
}

/// Cleans a multi-line text field (descriptions, eligibility, application process).
pub fn clean_text_detailed(raw: &str) -> Cleaned {
    let fixed = fix_mojibake(raw);
    let mojibake = fixed != raw;
    let unescaped_text = unescape(&fixed);
    let unescaped = unescaped_text != fixed;
    let (without, markers) = take_markers(&unescaped_text);
    let tidy = tidy_lines(&without);
    Cleaned {
        text: (!tidy.is_empty()).then_some(tidy),
        markers,
        unescaped,
        mojibake,
    }
}

/// Cleans a multi-line text field; `None` when nothing is left.
pub fn clean_text(raw: &str) -> Option<String> {
    clean_text_detailed(raw).text
}

/// Cleans a one-line field (names, address lines): as [`clean_text`], with all white space
/// runs (new lines included) collapsed to one space.
pub fn clean_line(raw: &str) -> Option<String> {
    let text = clean_text(raw)?;
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

/// Acronyms that contain a vowel (those without one are recognised by that alone), common in
/// US human-services directories and in the Miami 2-1-1 export.
const ACRONYMS: &[&str] = &[
    "AA", "AARP", "AAUW", "ABC", "ABCD", "ACA", "ACC", "ACF", "ACLU", "ACOP", "ACSU", "ADA",
    "ADAP", "ADHD", "ADRC", "AED", "AHCA", "AHEC", "AHF", "AI", "AIDS", "ALPI", "ALS", "AME",
    "ASL", "ATP", "AZ", "BBA", "BNET", "CA", "CAHS", "CAHSD", "CAW", "CCA", "CCDA", "CCFA", "CCRI",
    "CEDS", "CFCE", "CHADD", "CHI", "CILSF", "CINS", "CIS", "CMA", "COFFO", "CSEG", "CVAC", "DARC",
    "DBSA", "DNA", "DOC", "DOE", "DOEA", "DOH", "DOJ", "DSAIL", "DUI", "EAP", "ECPAI", "EEAP",
    "EFL", "EHEAP", "ESE", "ESL", "ESOL", "ETO", "FAAST", "FASP", "FAU", "FBI", "FBOP", "FCA",
    "FCAA", "FCAAC", "FCASV", "FCI", "FDA", "FDLE", "FDOH", "FEMA", "FFI", "FINS", "FISP", "FIU",
    "FSU", "FTRI", "GA", "GED", "GLAAD", "GLBTQ", "GMCVB", "GMYS", "GSA", "HACDC", "HACMB", "HADC",
    "HCIOS", "HIPPY", "HIV", "HMO", "HOPWA", "HUD", "IASP", "IAVA", "ICFH", "ID", "IEP", "IOP",
    "IRC", "IRS", "ISPA", "LFCA", "LGBT", "LGBTQ", "LGBTQI", "LGBTQIA", "LHANC", "LSGM", "LSGMI",
    "LUAC", "MA", "MADD", "MDEAP", "MDEAT", "MEYGA", "MOCA", "NAACP", "NAMI", "NE", "NHELP",
    "NIFF", "NJCDC", "NPIC", "NSU", "NY", "OFCCP", "OLCDC", "OOS", "OPA", "OSHA", "OST", "OYC",
    "PA", "PACTT", "PASFL", "PFLAG", "POC", "PPA", "RAINN", "RCMA", "RIC", "SAA", "SBA", "SCDAA",
    "SCLAD", "SCSEP", "SDA", "SE", "SFAN", "SFHHA", "SFYS", "SGI", "SIDA", "SIDS", "SIPP", "SNAP",
    "SSA", "SSDI", "SSI", "STRMU", "SWFAS", "TANF", "TGHI", "TLE", "TSIC", "UCM", "UCO", "UF",
    "UM", "UNICEF", "US", "USA", "USCIS", "USDA", "USDOL", "USF", "UTD", "VA", "VAHS", "VITA",
    "VITAS", "VOA", "VOCA", "VVA", "WIC", "WIOA", "YAC", "YMCA", "YMHA", "YWCA",
];

/// Words without vowels that are abbreviations written in title case, not acronyms.
const ABBREVIATIONS: &[&str] = &[
    "BLVD", "BROS", "CTR", "DR", "DRA", "FT", "HWY", "JR", "LTD", "MR", "MRS", "MT", "PKWY", "SGT",
    "SR", "ST",
];

/// Words with a fixed mixed-case spelling.
const SPECIAL: &[(&str, &str)] = &[
    ("PHD", "PhD"),
    ("PSYD", "PsyD"),
    ("EDD", "EdD"),
    ("CO-OP", "Co-op"),
    ("IPHONE", "iPhone"),
    ("RX", "Rx"),
];

/// Words written in lower case inside a name (not at its start or after a dash or colon).
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "de", "del", "for", "from", "in", "into", "nor",
    "of", "on", "or", "per", "the", "to", "vs", "via", "with",
];

/// Spanish articles written in lower case after `de` (Centro de la Familia).
const AFTER_DE: &[&str] = &["la", "las", "los"];

/// Endings after an apostrophe that stay lower case (Children's, Don't, We'll).
const APOSTROPHE_TAILS: &[&str] = &["s", "t", "d", "ll", "re", "ve", "m"];

fn has_vowel(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c.to_ascii_uppercase(), 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'))
}

/// Roman numerals up to 39 (Site IV, Title VIII).
fn is_roman(word: &str) -> bool {
    if word.is_empty() || !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return false;
    }
    let tens = word.len() - word.trim_start_matches('X').len();
    let rest = &word[tens..];
    tens <= 3
        && matches!(
            rest,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// `U.S.`, `P.A.`, `R.E.C`, `A.` — single letters joined by dots.
fn is_dotted_initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| p.chars().count() <= 1)
        && parts.iter().any(|p| !p.is_empty())
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_alphabetic() && !c.is_lowercase()))
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Cases one word without separators (no spaces, hyphens or slashes).
fn case_word(word: &str, first: bool, prev: Option<&str>) -> String {
    if word.is_empty() {
        return String::new();
    }
    let upper = word.to_uppercase();
    if let Some((_, spelled)) = SPECIAL.iter().find(|(w, _)| *w == upper) {
        return (*spelled).to_owned();
    }
    if word.contains('&') {
        return word.to_owned();
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        // 3RD → 3rd; other words with digits (N4A, 2-1-1, K9) stay as written.
        let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &word[digits.len()..];
        if !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(
                suffix.to_ascii_uppercase().as_str(),
                "ST" | "ND" | "RD" | "TH"
            )
        {
            return format!("{digits}{}", suffix.to_lowercase());
        }
        return word.to_owned();
    }
    if is_dotted_initials(word) {
        return word.to_owned();
    }
    if let Some(pos) = word.find(['\'', '’']) {
        let head = &word[..pos];
        let apostrophe = word[pos..].chars().next().unwrap_or('\'');
        let tail = &word[pos + apostrophe.len_utf8()..];
        let head_cased = case_word(head, first, prev);
        let tail_lower = tail.to_lowercase();
        let tail_cased = if tail.is_empty() || APOSTROPHE_TAILS.contains(&tail_lower.as_str()) {
            tail_lower
        } else {
            case_word(tail, true, None)
        };
        return format!("{head_cased}{apostrophe}{tail_cased}");
    }
    // Keep trailing dots (INC. → Inc.) out of the dictionary look-ups.
    let base = word.trim_end_matches('.');
    let dots = &word[base.len()..];
    let base_upper = base.to_uppercase();
    let cased = if base.is_empty() {
        String::new()
    } else if ACRONYMS.contains(&base_upper.as_str()) || is_roman(&base_upper) {
        base_upper
    } else if ABBREVIATIONS.contains(&base_upper.as_str()) {
        capitalize(base)
    } else if base.chars().count() == 1 {
        // Initials stay capitals; only the article "a" is lowered inside a name.
        if !first && base_upper == "A" && dots.is_empty() {
            "a".to_owned()
        } else {
            base_upper
        }
    } else if !has_vowel(base) && base.chars().all(char::is_alphabetic) {
        base_upper
    } else {
        let lower = base.to_lowercase();
        let small = SMALL_WORDS.contains(&lower.as_str())
            || (AFTER_DE.contains(&lower.as_str()) && prev == Some("de"));
        if !first && small && dots.is_empty() {
            lower
        } else if lower.starts_with("mc") && base.chars().count() > 3 && has_vowel(&base[2..]) {
            format!("Mc{}", capitalize(&base[2..]))
        } else {
            capitalize(base)
        }
    };
    format!("{cased}{dots}")
}

/// Cases one space-separated token: leading/trailing punctuation is kept, hyphen- and
/// slash-joined parts are cased one by one.
fn case_token(token: &str, first: bool, prev: Option<&str>) -> String {
    // A word already written in mixed case inside a shouting name (PrEP, 16th) is kept.
    if token.chars().any(char::is_lowercase) {
        return token.to_owned();
    }
    let core_start = token
        .find(|c: char| c.is_alphanumeric())
        .unwrap_or(token.len());
    let lead = &token[..core_start];
    let rest = &token[core_start..];
    let core_len = rest
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric() || *c == '.')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (core, trail) = rest.split_at(core_len);
    // A single word in parentheses inside a shouting name is an acronym: (GPS), (VITA).
    if lead.ends_with('(')
        && trail.starts_with(')')
        && core.chars().all(|c| c.is_alphabetic())
        && (2..=6).contains(&core.chars().count())
    {
        return token.to_owned();
    }
    let upper_core = core.to_uppercase();
    if let Some((_, spelled)) = SPECIAL.iter().find(|(w, _)| *w == upper_core) {
        return format!("{lead}{spelled}{trail}");
    }
    let mut out = String::with_capacity(token.len());
    out.push_str(lead);
    let mut part_start = 0;
    let mut part_first = first || lead.contains('(');
    let mut part_prev = prev.map(str::to_owned);
    for (i, c) in core
        .char_indices()
        .chain(std::iter::once((core.len(), ' ')))
    {
        if i == core.len() || c == '-' || c == '/' {
            let part = &core[part_start..i];
            out.push_str(&case_word(part, part_first, part_prev.as_deref()));
            let was_small = SMALL_WORDS.contains(&part.to_lowercase().as_str());
            part_prev = Some(part.to_lowercase());
            // After a hyphen, words are capitalised (Miami-Dade, Drop-In) unless small
            // (Adopt-a-Tree). After a slash a new name may start (Families/The Florida
            // Partnership), except in pairs of small words (and/or).
            part_first = c == '/' && !was_small;
            if i < core.len() {
                out.push(c);
            }
            part_start = i + c.len_utf8();
        }
    }
    out.push_str(trail);
    out
}

/// Re-cases a name written in capitals: `GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC.` →
/// `Girl Scouts Council of Tropical Florida, Inc.`. Acronyms (YMCA, M-DC, U.S.), Roman
/// numerals (Site IV), ordinals (3rd), initials and apostrophes (Children's, O'Farrill) are
/// handled; small words are lower case except at the start and after a dash or colon.
pub fn title_case(name: &str) -> String {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut first = true;
    let mut prev: Option<String> = None;
    for token in &tokens {
        let cased = case_token(token, first, prev.as_deref());
        let is_dash = token.chars().all(|c| matches!(c, '-' | '–' | '—' | '|'));
        first = is_dash || token.ends_with(':');
        prev = Some(
            token
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        );
        out.push(cased);
    }
    out.join(" ")
}

/// Whether `name` is written in capitals: at least two letters, and at least four in five
/// of them upper case (`PrEP AND nPEP SERVICES` shouts; `UHCS, United HomeCare` does not).
pub fn is_shouting(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let upper = name.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2 && upper * 5 >= letters * 4
}

/// A name as it should be shown: cleaned, and re-cased when written in capitals. Returns the
/// name and whether it was re-cased.
pub fn tidy_name(raw: &str) -> Option<(String, bool)> {
    let line = clean_line(raw)?;
    if is_shouting(&line) {
        Some((title_case(&line), true))
    } else {
        Some((line, false))
    }
}

/// An alternate name: in a list of alternate names (`CAMAT; UM`, `AARP Foundation/SCSEP`),
/// each single short word in capitals is an acronym and stays; longer parts are re-cased.
pub fn tidy_alternate_name(raw: &str) -> Option<(String, bool)> {
    let line = clean_line(raw)?;
    if !is_shouting(&line) {
        return Some((line, false));
    }
    let mut out = String::with_capacity(line.len());
    let mut recased = false;
    let mut rest = line.as_str();
    while !rest.is_empty() {
        let end = rest.find([',', ';']).unwrap_or(rest.len());
        let (part, tail) = rest.split_at(end);
        let word = part.trim();
        if word.contains(char::is_whitespace) || word.chars().count() > 6 {
            let lead = &part[..part.len() - part.trim_start().len()];
            out.push_str(lead);
            out.push_str(&title_case(word));
            out.push_str(&part[lead.len() + word.len()..]);
            recased = true;
        } else {
            out.push_str(part);
        }
        let sep_len = tail.chars().next().map_or(0, char::len_utf8);
        out.push_str(&tail[..sep_len]);
        rest = &tail[sep_len..];
    }
    Some((out, recased))
}

// ---------------------------------------------------------------------------------------
// Web addresses
// ---------------------------------------------------------------------------------------

/// Repairs characters that are not allowed in a URL but are clearly meant: back slashes
/// (Windows paths typed into a browser) become slashes, braces and the like are
/// percent-encoded. Spaces are left: a URL with spaces is usually two URLs or prose.
pub fn repair_url(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.trim().chars() {
        match c {
            '\\' => out.push('/'),
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '|' => out.push_str("%7C"),
            '^' => out.push_str("%5E"),
            '`' => out.push_str("%60"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `raw` starts with a URI scheme.
pub fn has_scheme(raw: &str) -> bool {
    let lower = raw.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "ftp://"]
        .iter()
        .any(|s| lower.starts_with(s))
}

// ---------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------

/// A phone number split into the number and its extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    pub number: String,
    pub extension: Option<u32>,
    /// An extension that is not a number (`OPT9`), kept for the description.
    pub extension_text: Option<String>,
    /// Whether the number was recognised as a North American (or N11) number and rewritten.
    pub normalised: bool,
}

/// Normalises a North American number to `305-253-4841` (a leading `1`/`+1` is dropped)
/// and splits off an extension written `x123`, `ext. 123` or `extension 123`. Three-digit
/// service numbers (211, 311, 911) stay. Anything else is kept as written.
pub fn normalise_phone(raw: &str, extension_column: &str) -> Option<PhoneNumber> {
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    // An extension marker counts only after a digit or a space ("Text HOME" is no "ext").
    let marker_at = |marker: &str| {
        lower.match_indices(marker).map(|(i, _)| i).find(|&i| {
            i > 0
                && lower[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit() || c.is_whitespace())
        })
    };
    let (main, ext_raw) = ["extension", "ext.", "ext", " x", "x"]
        .iter()
        .find_map(|marker| {
            marker_at(marker).map(|i| {
                (
                    text[..i].trim(),
                    text[i + marker.len()..]
                        .trim()
                        .trim_start_matches(['.', ':', '#'])
                        .trim(),
                )
            })
        })
        .unwrap_or((text, ""));
    let ext_raw = if ext_raw.is_empty() {
        extension_column.trim()
    } else {
        ext_raw
    };
    let (extension, extension_text) = if ext_raw.is_empty() {
        (None, None)
    } else if let Ok(n) = ext_raw.parse::<u32>() {
        (Some(n), None)
    } else {
        (None, Some(ext_raw.to_owned()))
    };
    let allowed = main
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+' | '/'));
    let digits: String = main.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.len() {
        11 if digits.starts_with('1') => Some(&digits[1..]),
        10 => Some(digits.as_str()),
        _ => None,
    };
    let (number, normalised) = match national {
        Some(d) if allowed => (format!("{}-{}-{}", &d[..3], &d[3..6], &d[6..]), true),
        _ if allowed && digits.len() == 3 && digits.ends_with("11") => (digits.clone(), true),
        _ => (main.to_owned(), false),
    };
    if number.is_empty() {
        return None;
    }
    Some(PhoneNumber {
        number,
        extension,
        extension_text,
        normalised,
    })
}

// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------

/// A state or province as a code: padding trimmed, two-letter codes upper-cased, US state
/// names written out replaced by their code.
pub fn clean_state(raw: &str) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    if t.chars().count() == 2 {
        return Some(t.to_uppercase());
    }
    let lower = t.to_lowercase();
    US_STATES
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, code)| (*code).to_owned())
        .or_else(|| Some(t.to_owned()))
}

const US_STATES: &[(&str, &str)] = &[
    ("alabama", "AL"),
    ("alaska", "AK"),
    ("arizona", "AZ"),
    ("arkansas", "AR"),
    ("california", "CA"),
    ("colorado", "CO"),
    ("connecticut", "CT"),
    ("delaware", "DE"),
    ("district of columbia", "DC"),
    ("florida", "FL"),
    ("georgia", "GA"),
    ("hawaii", "HI"),
    ("idaho", "ID"),
    ("illinois", "IL"),
    ("indiana", "IN"),
    ("iowa", "IA"),
    ("kansas", "KS"),
    ("kentucky", "KY"),
    ("louisiana", "LA"),
    ("maine", "ME"),
    ("maryland", "MD"),
    ("massachusetts", "MA"),
    ("michigan", "MI"),
    ("minnesota", "MN"),
    ("mississippi", "MS"),
    ("missouri", "MO"),
    ("montana", "MT"),
    ("nebraska", "NE"),
    ("nevada", "NV"),
    ("new hampshire", "NH"),
    ("new jersey", "NJ"),
    ("new mexico", "NM"),
    ("new york", "NY"),
    ("north carolina", "NC"),
    ("north dakota", "ND"),
    ("ohio", "OH"),
    ("oklahoma", "OK"),
    ("oregon", "OR"),
    ("pennsylvania", "PA"),
    ("puerto rico", "PR"),
    ("rhode island", "RI"),
    ("south carolina", "SC"),
    ("south dakota", "SD"),
    ("tennessee", "TN"),
    ("texas", "TX"),
    ("utah", "UT"),
    ("vermont", "VT"),
    ("virginia", "VA"),
    ("washington", "WA"),
    ("west virginia", "WV"),
    ("wisconsin", "WI"),
    ("wyoming", "WY"),
];

/// A country as an ISO 3166-1 alpha-2 code. Returns the code and whether it was assumed
/// (blank input means `US`: these exports come from US 2-1-1s).
pub fn clean_country(raw: &str) -> (String, bool) {
    let t = raw.trim();
    if t.is_empty() {
        return ("US".to_owned(), true);
    }
    let key: String = t
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .to_lowercase();
    let code = match key.as_str() {
        "us" | "usa" | "united states" | "united states of america" => "US".to_owned(),
        "ca" | "can" | "canada" => "CA".to_owned(),
        _ if t.chars().count() == 2 => t.to_uppercase(),
        _ => t.to_owned(),
    };
    (code, false)
}

/// Whether an address line is a post-office box.
pub fn is_po_box(line: &str) -> bool {
    let key: String = line
        .chars()
        .filter(|c| c.is_alphanumeric())
        .take(13)
        .collect::<String>()
        .to_lowercase();
    key.starts_with("pobox") || key.starts_with("postofficebox")
}

// ---------------------------------------------------------------------------------------
// Opening times
// ---------------------------------------------------------------------------------------

/// A time of day as read from the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRead {
    Blank,
    /// `meridiem`: whether am/pm was given; `lenient`: whether the text needed repair
    /// (`830am`, `9:00a`, `5:00pm (dispensing)`).
    Time {
        time: ClockTime,
        meridiem: bool,
        lenient: bool,
    },
    Unreadable,
}

/// Reads `9:00am`, `17:30`, and the slips found in 2-1-1 exports: `9am`, `830am`, `9:00a`,
/// `7:30 am `, `12:00pm (dispensing)`, `5:00pm Mon`.
pub fn read_time(raw: &str) -> TimeRead {
    let s = raw.trim().to_ascii_lowercase();
    if s.is_empty() {
        return TimeRead::Blank;
    }
    if let Ok(time) = ClockTime::parse(&s) {
        let meridiem = s.ends_with("am") || s.ends_with("pm") || s == "noon" || s == "midnight";
        return TimeRead::Time {
            time,
            meridiem,
            lenient: false,
        };
    }
    let num_len = s
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(s.len());
    let (num, rest) = s.split_at(num_len);
    let rest = rest.trim_start();
    let suffix: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '.')
        .filter(|c| *c != '.')
        .collect();
    let meridiem = match suffix.as_str() {
        "am" | "a" => Some("am"),
        "pm" | "p" => Some("pm"),
        "" => None,
        _ => return TimeRead::Unreadable,
    };
    let (h, m) = match num.split_once(':') {
        Some((h, m)) if !h.is_empty() && (1..=2).contains(&m.len()) && !m.contains(':') => {
            (h.to_owned(), format!("{m:0>2}"))
        }
        None if (1..=2).contains(&num.len()) => (num.to_owned(), "00".to_owned()),
        None if (3..=4).contains(&num.len()) => {
            let (h, m) = num.split_at(num.len() - 2);
            (h.to_owned(), m.to_owned())
        }
        _ => return TimeRead::Unreadable,
    };
    let candidate = match meridiem {
        Some(mer) => format!("{h}:{m}{mer}"),
        None => format!("{h}:{m}"),
    };
    match ClockTime::parse(&candidate) {
        Ok(time) => TimeRead::Time {
            time,
            meridiem: meridiem.is_some(),
            lenient: true,
        },
        Err(_) => TimeRead::Unreadable,
    }
}

/// Reads an opening and a closing time together. A closing time written without am/pm
/// that would fall before the opening time is read as afternoon (`8:00am`–`5:00` is
/// 08:00–17:00). Returns the two times and whether that inference was made.
pub fn read_opening_hours(
    opens: TimeRead,
    closes: TimeRead,
) -> (Option<ClockTime>, Option<ClockTime>, bool) {
    let o = match opens {
        TimeRead::Time { time, .. } => Some(time),
        _ => None,
    };
    let (c, inferred) = match closes {
        TimeRead::Time {
            time,
            meridiem: false,
            ..
        } if o.is_some_and(|o| time < o) && time.time().hour() < 12 => {
            match ClockTime::new(time.time().hour() + 12, time.time().minute()) {
                Ok(pm) => (Some(pm), true),
                Err(_) => (Some(time), false),
            }
        }
        TimeRead::Time { time, .. } => (Some(time), false),
        _ => (None, false),
    };
    (o, c, inferred)
}

/// Reads a weekday name or abbreviation (`Monday`, `Tue`, `Thurs`) as an RFC 5545 code.
pub fn read_weekday(raw: &str) -> Option<puerta_domain::Weekday> {
    use puerta_domain::Weekday;
    let s = raw.trim().trim_end_matches('.').to_lowercase();
    if s.len() < 2 {
        return None;
    }
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::MO),
        ("tuesday", Weekday::TU),
        ("wednesday", Weekday::WE),
        ("thursday", Weekday::TH),
        ("friday", Weekday::FR),
        ("saturday", Weekday::SA),
        ("sunday", Weekday::SU),
    ];
    DAYS.iter()
        .find(|(name, day)| name.starts_with(&s) || s == day.code().to_lowercase())
        .map(|(_, day)| *day)
        .or(match s.as_str() {
            "tues" => Some(Weekday::TU),
            "weds" => Some(Weekday::WE),
            "thur" | "thurs" => Some(Weekday::TH),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouting_names_get_title_case_with_acronyms_kept() {
        let cases = [
            (
                "GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC.",
                "Girl Scouts Council of Tropical Florida, Inc.",
            ),
            (
                "OFFICE OF THE ATTORNEY GENERAL",
                "Office of the Attorney General",
            ),
            (
                "MIAMI-DADE COUNTY BUILDING AND NEIGHBORHOOD COMPLIANCE DEPARTMENT",
                "Miami-Dade County Building and Neighborhood Compliance Department",
            ),
            ("WOMEN AND CHILDREN'S LODGE", "Women and Children's Lodge"),
            ("THRIFT STORE #4", "Thrift Store #4"),
            ("YMCA OF GREATER MIAMI", "YMCA of Greater Miami"),
            (
                "M-DC CAHS - ACCION COMMUNITY RESOURCE CENTER - VITA TAX PREPARATION",
                "M-DC CAHS - Accion Community Resource Center - VITA Tax Preparation",
            ),
            (
                "LE JARDIN COMMUNITY CENTER - SITE IV",
                "Le Jardin Community Center - Site IV",
            ),
            ("HEAD START II", "Head Start II"),
            ("U.S. DEPARTMENT OF LABOR", "U.S. Department of Labor"),
            (
                "NMB PARKS AND R.E.C. - RONALD A. SILVER Y.E.S. CENTER",
                "NMB Parks and R.E.C. - Ronald A. Silver Y.E.S. Center",
            ),
            (
                "MAKE A WISH FOUNDATION, INC.",
                "Make a Wish Foundation, Inc.",
            ),
            ("ADOPT-A-TREE", "Adopt-a-Tree"),
            ("ST. MATTHEW'S HOUSE", "St. Matthew's House"),
            (
                "DR. WILLIAM A. CHAPMAN ELEMENTARY",
                "Dr. William A. Chapman Elementary",
            ),
            ("11347 SW 160TH STREET", "11347 SW 160th Street"),
            ("SAINT VINCENT DE PAUL", "Saint Vincent de Paul"),
            ("CENTRO DE LA FAMILIA", "Centro de la Familia"),
            ("LA LIGA CONTRA EL SIDA", "La Liga Contra El SIDA"),
            ("IN-HOME SERVICES", "In-Home Services"),
            (
                "CITIZEN INVOLVEMENT/PARTICIPATION",
                "Citizen Involvement/Participation",
            ),
            ("HOMELESS AND/OR AT RISK", "Homeless and/or at Risk"),
            (
                "INFORMED FAMILIES/THE FLORIDA FAMILY PARTNERSHIP",
                "Informed Families/The Florida Family Partnership",
            ),
            (
                "ALL ABOUT TRUTH DNA SERVICES",
                "All About Truth DNA Services",
            ),
            (
                "YWCA - COURT CARE: A BETTER PLACE TO BE",
                "YWCA - Court Care: A Better Place to Be",
            ),
            (
                "VOLUNTEER INCOME TAX ASSISTANCE PROGRAM (VITA)",
                "Volunteer Income Tax Assistance Program (VITA)",
            ),
            ("GLOBAL POSITIONING (GPS)", "Global Positioning (GPS)"),
            (
                "SHERRY A. PALAMARA, PSYD, PA",
                "Sherry A. Palamara, PsyD, PA",
            ),
            (
                "YOUTH CO-OP - AFTER SCHOOL PROGRAM",
                "Youth Co-op - After School Program",
            ),
            ("MCDONALD HOUSE", "McDonald House"),
            ("O'FARRILL LEARNING CENTER", "O'Farrill Learning Center"),
            ("AT&T FOUNDATION", "AT&T Foundation"),
            ("SWITCHBOARD 2-1-1 OF MIAMI", "Switchboard 2-1-1 of Miami"),
            ("JCS - KOSHER MEALS", "JCS - Kosher Meals"),
            (
                "UM - DEPARTMENT OF PEDIATRICS",
                "UM - Department of Pediatrics",
            ),
            ("MIAMI", "Miami"),
            ("ABC LEGAL SERVICES, LLC.", "ABC Legal Services, LLC."),
        ];
        for (input, expected) in cases {
            assert_eq!(title_case(input), expected, "{input}");
        }
    }

    #[test]
    fn only_shouting_names_are_recased() {
        assert_eq!(
            tidy_name("UHCS, United HomeCare Services, Inc.").unwrap(),
            ("UHCS, United HomeCare Services, Inc.".to_owned(), false)
        );
        assert_eq!(
            tidy_name("  THE ALLIANCE ").unwrap(),
            ("The Alliance".to_owned(), true)
        );
        assert_eq!(tidy_name("   "), None);
        assert_eq!(
            tidy_name("PrEP AND nPEP SERVICES").unwrap().0,
            "PrEP and nPEP Services"
        );
        assert_eq!(
            tidy_name("OFFICE OF THE STATE ATTORNEY - 16th CIRCUIT")
                .unwrap()
                .0,
            "Office of the State Attorney - 16th Circuit"
        );
        assert_eq!(
            tidy_name("FLORIDA RX CARD, LLC.").unwrap().0,
            "Florida Rx Card, LLC."
        );
        assert_eq!(tidy_alternate_name("CAMAT; UM").unwrap().0, "CAMAT; UM");
        assert_eq!(
            tidy_alternate_name("AARP FOUNDATION, SENIOR EMPLOYMENT; SCSEP")
                .unwrap()
                .0,
            "AARP Foundation, Senior Employment; SCSEP"
        );
        assert_eq!(tidy_alternate_name("RCMA").unwrap().0, "RCMA");
        assert_eq!(tidy_alternate_name("UM").unwrap().0, "UM");
        assert_eq!(
            tidy_alternate_name("FLORIDA DEPARTMENT OF HEALTH IN MIAMI-DADE COUNTY")
                .unwrap()
                .0,
            "Florida Department of Health in Miami-Dade County"
        );
    }

    #[test]
    fn escapes_markers_and_blank_lines_are_cleaned() {
        let raw = "Serves girls.\\n\\n###MON###\\n###COL###";
        let c = clean_text_detailed(raw);
        assert_eq!(c.text.as_deref(), Some("Serves girls."));
        assert_eq!(c.markers, ["MON", "COL"]);
        assert!(c.unescaped);
        assert_eq!(
            clean_text("Line one\\n\\n\\n\\nLine two  \\nthree\\tfour\\r\\n"),
            Some("Line one\n\nLine two\nthree four".to_owned())
        );
        assert_eq!(clean_text("  \\n ###MON### "), None);
        // Text that merely looks a little like a marker stays.
        assert_eq!(
            clean_text("Call ### for help"),
            Some("Call ### for help".to_owned())
        );
        assert_eq!(
            clean_text("a path C:\\\\temp"),
            Some("a path C:\\temp".to_owned())
        );
        assert_eq!(clean_line("TWO\\nLINES"), Some("TWO LINES".to_owned()));
    }

    #[test]
    fn mangled_punctuation_is_repaired() {
        assert_eq!(
            fix_mojibake("State AttorneyGÇÖs Office, GÇ£quotedGÇ¥ 8:30amGÇô5:00pm"),
            "State Attorney’s Office, “quoted” 8:30am–5:00pm"
        );
        assert_eq!(
            fix_mojibake("Espa+¦ol, Ingl+¬s, informaci+¦n"),
            "Español, Inglés, información"
        );
        assert_eq!(
            fix_mojibake("C+íncer, f+¡sicos, Fa+ºade"),
            "Cáncer, físicos, Façade"
        );
        // Ambiguous or ordinary text is left alone.
        assert_eq!(
            fix_mojibake("re+¦ne; 1+1=2; Grand-Central"),
            "re+¦ne; 1+1=2; Grand-Central"
        );
    }

    #[test]
    fn urls_are_repaired() {
        assert_eq!(
            repair_url("pediatrics.med.miami.edu\\adolescents-medicine\\"),
            "pediatrics.med.miami.edu/adolescents-medicine/"
        );
        assert_eq!(repair_url("a.gov/x?SEC={D4}"), "a.gov/x?SEC=%7BD4%7D");
        assert!(has_scheme("HTTPS://x.org") && !has_scheme("www.x.org"));
    }

    #[test]
    fn phones_are_normalised() {
        let p = normalise_phone("305-573-4200 x57471", "").unwrap();
        assert_eq!(
            (p.number.as_str(), p.extension, p.normalised),
            ("305-573-4200", Some(57471), true)
        );
        assert_eq!(
            normalise_phone("(305) 253.4841", "").unwrap().number,
            "305-253-4841"
        );
        assert_eq!(
            normalise_phone("1-800-226-6667", "").unwrap().number,
            "800-226-6667"
        );
        assert_eq!(
            normalise_phone("+1 800 226 6667 ext. 12", "")
                .unwrap()
                .extension,
            Some(12)
        );
        assert_eq!(
            normalise_phone("3052534841", "15").unwrap().extension,
            Some(15)
        );
        assert_eq!(normalise_phone("211", "").unwrap().number, "211");
        let opt = normalise_phone("305-646-7220 xOPT9", "").unwrap();
        assert_eq!(
            (opt.extension, opt.extension_text.as_deref()),
            (None, Some("OPT9"))
        );
        let odd = normalise_phone("305-555-*123", "").unwrap();
        assert_eq!(
            (odd.number.as_str(), odd.normalised),
            ("305-555-*123", false)
        );
        assert_eq!(
            normalise_phone("1-800-FLA-LOAN", "").unwrap().number,
            "1-800-FLA-LOAN"
        );
        assert_eq!(normalise_phone("  ", ""), None);
    }

    #[test]
    fn states_and_countries_are_codes() {
        assert_eq!(clean_state("FL ").as_deref(), Some("FL"));
        assert_eq!(clean_state("fl").as_deref(), Some("FL"));
        assert_eq!(clean_state("Florida").as_deref(), Some("FL"));
        assert_eq!(clean_state("   "), None);
        assert_eq!(clean_country("   "), ("US".to_owned(), true));
        assert_eq!(clean_country("US "), ("US".to_owned(), false));
        assert_eq!(clean_country("U.S.A."), ("US".to_owned(), false));
        assert_eq!(clean_country("mx"), ("MX".to_owned(), false));
        assert!(is_po_box("PO Box 941836") && is_po_box("P.O. Box 12") && !is_po_box("Pobre St"));
        assert!(normalise_phone("Text HOME to 741741", "").is_some_and(|p| !p.normalised));
    }

    fn t(raw: &str) -> String {
        match read_time(raw) {
            TimeRead::Time { time, .. } => time.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn opening_times_are_read_leniently() {
        assert_eq!(t("9:00am"), "09:00:00");
        assert_eq!(t("5:00pm"), "17:00:00");
        assert_eq!(t("12:00pm"), "12:00:00");
        assert_eq!(t("12:00am"), "00:00:00");
        assert_eq!(t("9am"), "09:00:00");
        assert_eq!(t("830am"), "08:30:00");
        assert_eq!(t("9:00a"), "09:00:00");
        assert_eq!(t("9:0am"), "09:00:00");
        assert_eq!(t("7:30 am "), "07:30:00");
        assert_eq!(t("6:00 pm"), "18:00:00");
        assert_eq!(t("12:00pm (dispensing)"), "12:00:00");
        assert_eq!(t("5:00pm Mon"), "17:00:00");
        assert_eq!(t("17:45"), "17:45:00");
        assert_eq!(t(""), "Blank");
        assert_eq!(t("8:00m"), "Unreadable");
        assert_eq!(t("6:300pm"), "Unreadable");
        assert_eq!(t("noonish"), "Unreadable");
        assert!(matches!(
            read_time("830am"),
            TimeRead::Time {
                lenient: true,
                meridiem: true,
                ..
            }
        ));
        assert!(matches!(
            read_time("9:00am"),
            TimeRead::Time { lenient: false, .. }
        ));
    }

    #[test]
    fn a_closing_time_without_am_pm_before_opening_is_afternoon() {
        let (o, c, inferred) = read_opening_hours(read_time("8:00am"), read_time("5:00"));
        assert_eq!(
            (o.unwrap().to_string(), c.unwrap().to_string(), inferred),
            ("08:00:00".into(), "17:00:00".into(), true)
        );
        let (_, c, inferred) = read_opening_hours(read_time("8:00"), read_time("17:00"));
        assert_eq!(
            (c.unwrap().to_string(), inferred),
            ("17:00:00".into(), false)
        );
        // An explicit am closing time is believed (overnight services).
        let (_, c, inferred) = read_opening_hours(read_time("9:00pm"), read_time("3:00am"));
        assert_eq!(
            (c.unwrap().to_string(), inferred),
            ("03:00:00".into(), false)
        );
    }

    #[test]
    fn weekdays_are_read_from_names() {
        use puerta_domain::Weekday;
        assert_eq!(read_weekday("Monday"), Some(Weekday::MO));
        assert_eq!(read_weekday(" thurs "), Some(Weekday::TH));
        assert_eq!(read_weekday("Tue."), Some(Weekday::TU));
        assert_eq!(read_weekday("SU"), Some(Weekday::SU));
        assert_eq!(read_weekday("Holiday"), None);
        assert_eq!(read_weekday("T"), None);
    }
}
