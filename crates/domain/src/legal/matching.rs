//! Matching roster offices to directory organizations by name and address.
//!
//! Names are normalized (case, punctuation, `&`, legal suffixes such as Inc/LLC/Corp, small
//! words such as of/the/for, common abbreviations and the roster's "Archidiocese" spelling)
//! into tokens. Two names are compared as token sets: tokens within a Jaro-Winkler
//! similarity of [`SAME_TOKEN`] count as the same word (typos, spelling variants), then a
//! token-set ratio (the shared words against each name's extra words) and a token-sort ratio
//! (the whole names with words in order) are blended. Roster names often add the program
//! after a comma ("Church World Service, South Florida Immigration Legal Program") or a
//! trade name after "dba": each part is also tried as the name, as is the name without the
//! generic words of a legal program ("legal services", "immigration program").
//!
//! Addresses only ever raise a score: 2-1-1 directories often list an organization's head
//! office while the roster lists the office that holds the recognition, so a different
//! address is no evidence against a match, but the same street number and ZIP is evidence
//! for one.
//!
//! Decisions: score ≥ [`MATCH_THRESHOLD`] is a match, ≥ [`REVIEW_THRESHOLD`] goes to a
//! person (review list), below is unmatched.

use uuid::Uuid;

use super::roster::Office;

/// A combined score at or above this is a match.
pub const MATCH_THRESHOLD: f64 = 0.90;
/// A combined score at or above this (and below [`MATCH_THRESHOLD`]) needs review.
pub const REVIEW_THRESHOLD: f64 = 0.70;
/// Two tokens at or above this Jaro-Winkler similarity are the same word.
pub const SAME_TOKEN: f64 = 0.92;
/// Names that come out equal only after dropping generic program words, or through a
/// comma / dba part, score this instead of 1.0 (still a match on its own).
const PART_MATCH: f64 = 0.95;
/// How much a perfect address can add, as a share of what the name leaves to 1.0.
const ADDRESS_WEIGHT: f64 = 0.6;

/// Words that say what kind of body an organization is, not which one.
const STOP_WORDS: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "l3c",
    "corp",
    "corporation",
    "co",
    "ltd",
    "pa",
    "pllc",
    "the",
    "of",
    "and",
    "for",
    "a",
    "an",
    "at",
    "in",
    "de",
    "del",
    "la",
    "el",
    "y",
];

/// Words that name the legal program rather than the organization.
const PROGRAM_WORDS: &[&str] = &[
    "legal",
    "services",
    "service",
    "program",
    "programs",
    "immigration",
    "office",
    "project",
];

/// Spelling variants and abbreviations, to their canonical token.
const SYNONYMS: &[(&str, &str)] = &[
    ("archidiocese", "archdiocese"),
    ("arquidiocesis", "archdiocese"),
    ("st", "saint"),
    ("ste", "suite"),
    ("ft", "fort"),
    ("mt", "mount"),
    ("ctr", "center"),
    ("centre", "center"),
    ("svcs", "services"),
    ("svc", "service"),
    ("assn", "association"),
    ("intl", "international"),
    ("univ", "university"),
];

/// Normalized name tokens: lower case, letters and digits only (`co-op` → `coop`,
/// `children's` → `childrens`, `&` → `and`), synonyms applied, stop words dropped
/// (unless nothing else is left).
pub fn normalize_name(raw: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in raw.chars() {
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if c == '-' || c == '\'' || c == '’' || c == '.' {
            // Joining punctuation: "co-op", "children's", "u.s."
        } else {
            if c == '&' {
                words.push(std::mem::take(&mut current));
                current.push_str("and");
            }
            words.push(std::mem::take(&mut current));
        }
    }
    words.push(current);
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| !w.is_empty())
        .map(|w| fold_accents(&w))
        .map(|w| {
            SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| (*to).to_owned())
        })
        .collect();
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() {
        words
    } else {
        kept
    }
}

fn fold_accents(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// The ways a name may be written: the whole name, each comma part and each side of
/// "dba", a parenthesised alias, and the name without program words. The flag says whether
/// the variant is the whole name.
fn name_variants(raw: &str) -> Vec<(Vec<String>, bool)> {
    let mut out: Vec<(Vec<String>, bool)> = Vec::new();
    let push = |tokens: Vec<String>, whole: bool, out: &mut Vec<(Vec<String>, bool)>| {
        if !tokens.is_empty() && !out.iter().any(|(t, _)| *t == tokens) {
            out.push((tokens, whole));
        }
    };
    let without_parens: String = {
        let mut depth = 0u32;
        raw.chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth = depth.saturating_sub(1);
                        return false;
                    }
                    _ => {}
                }
                depth == 0
            })
            .collect()
    };
    push(normalize_name(&without_parens), true, &mut out);
    if let (Some(open), Some(close)) = (raw.find('('), raw.rfind(')')) {
        if open < close {
            push(normalize_name(&raw[open + 1..close]), false, &mut out);
        }
    }
    // Parts: comma-separated pieces, each also split at "dba" (doing business as), so
    // that the trade name and the legal name are each tried.
    let mut parts: Vec<Vec<String>> = Vec::new();
    for piece in without_parens.split(',') {
        let tokens = normalize_name(piece);
        for side in tokens.split(|t| t == "dba") {
            parts.push(side.to_vec());
        }
    }
    if parts.len() > 1 {
        for tokens in parts {
            // A part made only of stop / program words ("Inc.", "Legal Program") names
            // nobody, and a one-word part ("Florida") names too many.
            if tokens.len() >= 2
                && tokens.iter().any(|t| {
                    !PROGRAM_WORDS.contains(&t.as_str()) && !STOP_WORDS.contains(&t.as_str())
                })
            {
                push(tokens, false, &mut out);
            }
        }
    }
    let whole = normalize_name(&without_parens);
    let core: Vec<String> = whole
        .iter()
        .filter(|t| !PROGRAM_WORDS.contains(&t.as_str()))
        .cloned()
        .collect();
    // Only distinctive enough cores: "Hope Center Immigration Services" must not become
    // the "Hope Center" of every city.
    if core.len() >= 3 {
        push(core, false, &mut out);
    }
    out
}

/// Pairs tokens of `a` and `b` that are the same word, exact matches first, then the most
/// similar pairs at or above [`SAME_TOKEN`]; returns the shared words (in `a`'s spelling
/// when equal, else the lexically smaller, so that the result does not depend on the
/// argument order) and each side's other words.
fn align(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut a_left: Vec<Option<&String>> = a.iter().map(Some).collect();
    let mut b_left: Vec<Option<&String>> = b.iter().map(Some).collect();
    let mut shared = Vec::new();
    for slot_a in a_left.iter_mut() {
        let Some(ta) = *slot_a else { continue };
        if let Some(slot_b) = b_left.iter_mut().find(|s| s.is_some_and(|tb| tb == ta)) {
            shared.push(ta.clone());
            *slot_a = None;
            *slot_b = None;
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, ta) in a_left.iter().enumerate() {
        let Some(ta) = ta else { continue };
        for (j, tb) in b_left.iter().enumerate() {
            let Some(tb) = tb else { continue };
            let sim = strsim::jaro_winkler(ta, tb);
            if sim >= SAME_TOKEN && ta.len() >= 4 && tb.len() >= 4 {
                pairs.push((sim, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| {
        y.0.total_cmp(&x.0).then_with(|| {
            let kx = (a[x.1].as_str(), b[x.2].as_str());
            let ky = (a[y.1].as_str(), b[y.2].as_str());
            kx.min((kx.1, kx.0)).cmp(&ky.min((ky.1, ky.0)))
        })
    });
    for (_, i, j) in pairs {
        if let (Some(ta), Some(tb)) = (a_left[i], b_left[j]) {
            shared.push(ta.min(tb).clone());
            a_left[i] = None;
            b_left[j] = None;
        }
    }
    let rest = |left: Vec<Option<&String>>| left.into_iter().flatten().cloned().collect();
    (shared, rest(a_left), rest(b_left))
}

fn ratio(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

fn sorted_join(words: &[String]) -> String {
    let mut w: Vec<&str> = words.iter().map(String::as_str).collect();
    w.sort_unstable();
    w.join(" ")
}

/// Similarity of two token lists in [0, 1].
fn token_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (shared, rest_a, rest_b) = align(a, b);
    if rest_a.is_empty() && rest_b.is_empty() {
        return 1.0;
    }
    if shared.is_empty() {
        return 0.5 * ratio(&sorted_join(a), &sorted_join(b));
    }
    let core = sorted_join(&shared);
    let with = |rest: &[String]| {
        let mut all = shared.clone();
        all.extend(rest.iter().cloned());
        sorted_join(&all)
    };
    let (full_a, full_b) = (with(&rest_a), with(&rest_b));
    let token_set = ratio(&core, &full_a)
        .max(ratio(&core, &full_b))
        .max(ratio(&full_a, &full_b));
    let token_sort = ratio(&full_a, &full_b);
    0.6 * token_set + 0.4 * token_sort
}

/// How alike two organization names are, in [0, 1] (1.0: the same name once normalized).
pub fn name_similarity(a: &str, b: &str) -> f64 {
    let va = name_variants(a);
    let vb = name_variants(b);
    let mut best: f64 = 0.0;
    for (ta, whole_a) in &va {
        for (tb, whole_b) in &vb {
            let s = token_similarity(ta, tb);
            let s = if *whole_a && *whole_b {
                s
            } else {
                s.min(PART_MATCH)
            };
            best = best.max(s);
        }
    }
    best
}

/// A directory address, as far as it is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryAddress {
    pub address_1: String,
    pub city: Option<String>,
    pub postal_code: Option<String>,
}

/// The house number of a street address ("6355 NW 36th Street" → "6355").
fn street_number(street: &str) -> Option<&str> {
    let first = street.split_whitespace().next()?;
    let digits = first.trim_end_matches(|c: char| !c.is_ascii_digit());
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// Street words without the house number and unit: "NW 36th Street, Suite 309" →
/// ["nw", "36", "street"].
fn street_words(street: &str) -> Vec<String> {
    let before_unit = street
        .split(',')
        .next()
        .unwrap_or(street)
        .split(['#'])
        .next()
        .unwrap_or(street);
    let mut words: Vec<String> = before_unit
        .split_whitespace()
        .skip(usize::from(street_number(street).is_some()))
        .map(|w| {
            w.to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Ordinals: "36th" → "36".
            let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
            if !digits.is_empty() && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th") {
                return digits;
            }
            match w.as_str() {
                "street" => "st".into(),
                "avenue" | "ave" => "av".into(),
                "boulevard" | "blvd" => "blvd".into(),
                "drive" | "dr" => "dr".into(),
                "road" | "rd" => "rd".into(),
                "highway" | "hwy" => "hwy".into(),
                "north" => "n".into(),
                "south" => "s".into(),
                "east" => "e".into(),
                "west" => "w".into(),
                _ => w,
            }
        })
        .collect();
    // Units written without a comma ("Suite 220", "Unit 704").
    if let Some(at) = words
        .iter()
        .position(|w| matches!(w.as_str(), "suite" | "ste" | "unit" | "apt" | "room"))
    {
        words.truncate(at);
    }
    words
}

fn same_city(a: &str, b: &str) -> bool {
    let norm = |s: &str| normalize_name(s).join(" ");
    norm(a) == norm(b)
}

/// How alike a roster office's address is to a directory address, in [0, 1]:
/// house number 0.4, street words 0.2, ZIP 0.4 (or city 0.2 when the ZIPs differ or one is
/// missing).
pub fn address_similarity(office: &Office, address: &DirectoryAddress) -> f64 {
    let mut score = 0.0;
    if let Some(street) = office.street_address.as_deref() {
        let number = street_number(street);
        if number.is_some() && number == street_number(&address.address_1) {
            score += 0.4;
            let (a, b) = (street_words(street), street_words(&address.address_1));
            if !a.is_empty() && !b.is_empty() {
                score += 0.2 * token_similarity(&a, &b);
            }
        }
    }
    let zip = |z: &str| z.trim().chars().take(5).collect::<String>();
    match (office.zip.as_deref(), address.postal_code.as_deref()) {
        (Some(a), Some(b)) if zip(a) == zip(b) => score += 0.4,
        _ => {
            if let (Some(a), Some(b)) = (office.city.as_deref(), address.city.as_deref()) {
                if same_city(a, b) {
                    score += 0.2;
                }
            }
        }
    }
    score
}

/// A directory organization with the addresses of its locations.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryOrganization {
    pub id: Uuid,
    pub name: String,
    pub alternate_name: Option<String>,
    pub addresses: Vec<DirectoryAddress>,
}

/// One directory organization scored against one office.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub organization_id: Uuid,
    pub name_score: f64,
    pub address_score: f64,
    /// The directory address that scored best (index into `addresses`).
    pub address_index: Option<usize>,
    pub score: f64,
}

/// The decision for one office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchOutcome {
    Matched,
    Review,
    Unmatched,
}

/// One office with its best candidate (if any scored at all) and the decision.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficeMatch {
    /// Index into the roster's offices.
    pub office: usize,
    pub best: Option<Candidate>,
    pub outcome: MatchOutcome,
}

/// Combines a name score with the address score: the address can only add.
pub fn combine(name_score: f64, address_score: f64) -> f64 {
    name_score + (1.0 - name_score) * ADDRESS_WEIGHT * address_score
}

/// Scores `org` against `office`.
pub fn score(office: &Office, org: &DirectoryOrganization) -> Candidate {
    let mut name_score = name_similarity(&office.organization_name, &org.name);
    if let Some(alt) = &org.alternate_name {
        name_score = name_score.max(name_similarity(&office.organization_name, alt));
    }
    let (address_index, address_score) = org
        .addresses
        .iter()
        .enumerate()
        .map(|(i, a)| (Some(i), address_similarity(office, a)))
        .fold((None, 0.0), |best, x| if x.1 > best.1 { x } else { best });
    Candidate {
        organization_id: org.id,
        name_score,
        address_score,
        address_index,
        score: combine(name_score, address_score),
    }
}

/// Decides each office against all directory organizations: its best-scoring organization
/// (ties go to the better name, then the smaller id, so the result is deterministic). One
/// directory organization may hold several roster offices.
pub fn match_offices(offices: &[Office], directory: &[DirectoryOrganization]) -> Vec<OfficeMatch> {
    offices
        .iter()
        .enumerate()
        .map(|(i, office)| {
            let best = directory
                .iter()
                .map(|org| score(office, org))
                .filter(|c| c.score > 0.0)
                .max_by(|x, y| {
                    x.score
                        .total_cmp(&y.score)
                        .then(x.name_score.total_cmp(&y.name_score))
                        .then(y.organization_id.cmp(&x.organization_id))
                });
            let outcome = match &best {
                Some(c) if c.score >= MATCH_THRESHOLD => MatchOutcome::Matched,
                Some(c) if c.score >= REVIEW_THRESHOLD && c.name_score >= 0.5 => {
                    MatchOutcome::Review
                }
                _ => MatchOutcome::Unmatched,
            };
            OfficeMatch {
                office: i,
                best,
                outcome,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_punctuation_suffixes_and_spelling() {
        assert_eq!(
            normalize_name("CATHOLIC CHARITIES OF THE ARCHIDIOCESE OF MIAMI, INC."),
            ["catholic", "charities", "archdiocese", "miami"]
        );
        assert_eq!(normalize_name("Youth Co-Op, Inc."), ["youth", "coop"]);
        assert_eq!(normalize_name("YOUTH CO-OP, INC."), ["youth", "coop"]);
        assert_eq!(
            normalize_name("St. Thomas University, Inc."),
            ["saint", "thomas", "university"]
        );
        assert_eq!(
            normalize_name("Derechos Humanos Con DR, Corp"),
            ["derechos", "humanos", "con", "dr"]
        );
        assert_eq!(normalize_name("The Inc"), ["the", "inc"]);
    }

    #[test]
    fn the_five_miami_names_match_their_roster_names() {
        let pairs = [
            (
                "Americans for Immigrant Justice",
                "AMERICANS FOR IMMIGRANT JUSTICE, INC.",
            ),
            ("Youth Co-Op, Inc.", "YOUTH CO-OP, INC."),
            (
                "Open Arms Community Center",
                "OPEN ARMS COMMUNITY CENTER, INC.",
            ),
            (
                "Church World Service, South Florida Immigration Legal Program",
                "CHURCH WORLD SERVICE, INC.",
            ),
            (
                "Catholic Charities Legal Services, Archdiocese of Miami, Inc.",
                "CATHOLIC CHARITIES OF THE ARCHIDIOCESE OF MIAMI, INC.",
            ),
        ];
        for (roster, directory) in pairs {
            let s = name_similarity(roster, directory);
            assert!(s >= MATCH_THRESHOLD, "{roster} ~ {directory}: {s}");
        }
    }

    #[test]
    fn different_organizations_with_shared_words_do_not_match() {
        let pairs = [
            (
                "Open Arms Community Center",
                "OPEN ARMS COMMUNITY MENTAL HEALTH CENTER",
            ),
            (
                "Catholic Charities Diocese of Palm Beach, Inc.",
                "CATHOLIC CHARITIES OF THE ARCHIDIOCESE OF MIAMI, INC.",
            ),
            ("Hispanic Unity of Florida", "HISPANIC SERVICES COUNCIL"),
            (
                "Florida Immigrant Coalition",
                "FLORIDA IMMIGRANT ADVOCACY CENTER",
            ),
            ("Hope Center Immigration Services", "HOPE CENTER"),
        ];
        for (roster, directory) in pairs {
            let s = name_similarity(roster, directory);
            assert!(s < MATCH_THRESHOLD, "{roster} ~ {directory}: {s}");
        }
    }

    #[test]
    fn spelling_variants_and_typos_are_the_same_word() {
        let s = name_similarity("Archdiocese of Miami", "Archidiocese of Miami");
        assert!((s - 1.0).abs() < 1e-9, "{s}");
        let s = name_similarity(
            "Americans for Immigrant Justice",
            "Americans for Imigrant Justice",
        );
        assert!(s >= MATCH_THRESHOLD, "{s}");
    }

    fn office(street: &str, csz: &str) -> Office {
        let (city, state, zip) = super::super::roster::split_city_state_zip(Some(csz));
        Office {
            key: String::new(),
            organization_name: "X".into(),
            office_type: None,
            street_address: Some(street.into()),
            city,
            state,
            zip,
            phone: None,
            organization_active: true,
            recognized_on: None,
            recognition_expires: None,
            recognition_pending_renewal: false,
            first_index: 0,
            accreditations: vec![],
        }
    }

    #[test]
    fn addresses_compare_by_number_street_and_zip() {
        let o = office("6355 NW 36th Street, Suite 309", "Miami, FL 33166");
        let same = DirectoryAddress {
            address_1: "6355 NW 36 street".into(),
            city: Some("Miami".into()),
            postal_code: Some("33166".into()),
        };
        assert!((address_similarity(&o, &same) - 1.0).abs() < 1e-9);
        let other = DirectoryAddress {
            address_1: "28606 Phillips Street".into(),
            city: Some("Elkhart".into()),
            postal_code: Some("46515".into()),
        };
        assert_eq!(address_similarity(&o, &other), 0.0);
        let same_city = DirectoryAddress {
            address_1: "5040 NW 7th Street".into(),
            city: Some("MIAMI".into()),
            postal_code: Some("33126".into()),
        };
        assert!((address_similarity(&o, &same_city) - 0.2).abs() < 1e-9);
    }

    #[test]
    fn address_only_raises_the_name_score() {
        assert_eq!(combine(1.0, 0.0), 1.0);
        assert_eq!(combine(0.8, 0.0), 0.8);
        assert!(combine(0.8, 1.0) > 0.9);
        assert!(combine(0.2, 1.0) < REVIEW_THRESHOLD);
    }
}
