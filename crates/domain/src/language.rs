//! Recognising languages in free text and mapping them to ISO 639 codes.
//!
//! Directories record languages as free text ("Spanish (limited)", "English and Spanish",
//! "Creole", "other languages available upon request"). Search filters and the resident pages
//! need codes, so this module finds the languages named in such text. Codes are ISO 639-1
//! where one exists, else ISO 639-3 (`ase` for American Sign Language).

/// A language found in free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageMatch {
    /// ISO 639 code.
    pub code: &'static str,
    /// English name of the language.
    pub name: &'static str,
    /// A qualifier found next to it, e.g. `limited`.
    pub note: Option<&'static str>,
}

/// (names as people write them, lower case; code; English name). Longer phrases first so
/// that "haitian creole" wins over "creole" and "american sign language" over "sign language".
const LANGUAGES: &[(&[&str], &str, &str)] = &[
    (
        &["american sign language", "asl"],
        "ase",
        "American Sign Language",
    ),
    (
        &[
            "haitian creole",
            "haitian-creole",
            "kreyol",
            "kreyòl",
            "creole",
            "haitian",
        ],
        "ht",
        "Haitian Creole",
    ),
    (
        &["cape verdean creole", "kabuverdianu"],
        "kea",
        "Cape Verdean Creole",
    ),
    (&["sign language"], "sgn", "Sign language"),
    (&["english", "inglés", "ingles"], "en", "English"),
    (
        &["spanish", "español", "espanol", "castellano"],
        "es",
        "Spanish",
    ),
    (&["french", "français", "francais"], "fr", "French"),
    (
        &["portuguese", "português", "portugues"],
        "pt",
        "Portuguese",
    ),
    (&["hebrew"], "he", "Hebrew"),
    (&["russian", "русский"], "ru", "Russian"),
    (&["ukrainian", "українська"], "uk", "Ukrainian"),
    (&["arabic", "العربية"], "ar", "Arabic"),
    (&["italian"], "it", "Italian"),
    (&["greek"], "el", "Greek"),
    (&["yiddish"], "yi", "Yiddish"),
    (&["romanian"], "ro", "Romanian"),
    (&["mandarin"], "zh", "Chinese"),
    (&["cantonese"], "yue", "Cantonese"),
    (&["chinese", "中文"], "zh", "Chinese"),
    (&["japanese"], "ja", "Japanese"),
    (&["korean", "한국어"], "ko", "Korean"),
    (&["vietnamese", "tiếng việt"], "vi", "Vietnamese"),
    (&["tagalog", "filipino"], "tl", "Tagalog"),
    (&["hindi"], "hi", "Hindi"),
    (&["urdu"], "ur", "Urdu"),
    (&["bengali", "bangla"], "bn", "Bengali"),
    (&["punjabi"], "pa", "Punjabi"),
    (&["gujarati"], "gu", "Gujarati"),
    (&["tamil"], "ta", "Tamil"),
    (&["telugu"], "te", "Telugu"),
    (&["german", "deutsch"], "de", "German"),
    (&["polish"], "pl", "Polish"),
    (&["farsi", "persian"], "fa", "Persian"),
    (&["dari"], "prs", "Dari"),
    (&["pashto"], "ps", "Pashto"),
    (&["somali"], "so", "Somali"),
    (&["swahili"], "sw", "Swahili"),
    (&["amharic"], "am", "Amharic"),
    (&["tigrinya"], "ti", "Tigrinya"),
    (&["turkish"], "tr", "Turkish"),
    (&["kurdish"], "ku", "Kurdish"),
    (&["thai"], "th", "Thai"),
    (&["lao", "laotian"], "lo", "Lao"),
    (&["khmer", "cambodian"], "km", "Khmer"),
    (&["burmese"], "my", "Burmese"),
    (&["nepali"], "ne", "Nepali"),
    (&["hmong"], "hmn", "Hmong"),
    (&["serbian"], "sr", "Serbian"),
    (&["croatian"], "hr", "Croatian"),
    (&["bosnian"], "bs", "Bosnian"),
    (&["albanian"], "sq", "Albanian"),
    (&["armenian"], "hy", "Armenian"),
    (&["hungarian"], "hu", "Hungarian"),
    (&["czech"], "cs", "Czech"),
    (&["dutch"], "nl", "Dutch"),
    (&["swedish"], "sv", "Swedish"),
    (&["indonesian"], "id", "Indonesian"),
    (&["patois", "jamaican"], "jam", "Jamaican Patois"),
    (&["papiamento"], "pap", "Papiamento"),
    (&["quechua"], "qu", "Quechua"),
    (&["k'iche'", "kiche", "quiche"], "quc", "K'iche'"),
    (&["garifuna"], "cab", "Garifuna"),
    (&["yoruba"], "yo", "Yoruba"),
    (&["igbo"], "ig", "Igbo"),
    (&["hausa"], "ha", "Hausa"),
    (&["wolof"], "wo", "Wolof"),
    (&["lingala"], "ln", "Lingala"),
    (&["kinyarwanda"], "rw", "Kinyarwanda"),
    (&["oromo"], "om", "Oromo"),
    (&["uzbek"], "uz", "Uzbek"),
    (&["georgian"], "ka", "Georgian"),
    (&["danish"], "da", "Danish"),
    (&["norwegian"], "no", "Norwegian"),
    (&["icelandic"], "is", "Icelandic"),
    (&["finnish"], "fi", "Finnish"),
    (&["sindhi"], "sd", "Sindhi"),
    (&["taiwanese"], "nan", "Taiwanese Hokkien"),
    (&["malay"], "ms", "Malay"),
    (&["slovak"], "sk", "Slovak"),
    (&["bulgarian"], "bg", "Bulgarian"),
    (&["lithuanian"], "lt", "Lithuanian"),
    (&["catalan"], "ca", "Catalan"),
    (&["marathi"], "mr", "Marathi"),
    (&["malayalam"], "ml", "Malayalam"),
    (&["sinhala", "sinhalese"], "si", "Sinhala"),
    (&["mongolian"], "mn", "Mongolian"),
    (&["tibetan"], "bo", "Tibetan"),
    (&["cebuano"], "ceb", "Cebuano"),
    (&["ilocano", "ilokano"], "ilo", "Ilocano"),
    (&["afrikaans"], "af", "Afrikaans"),
    (&["zulu"], "zu", "Zulu"),
    (&["fulani", "fula", "pulaar"], "ff", "Fula"),
    (&["kirundi"], "rn", "Kirundi"),
    (&["rohingya"], "rhg", "Rohingya"),
    (&["mam"], "mam", "Mam"),
    (&["q'anjob'al", "kanjobal", "qanjobal"], "kjb", "Q'anjob'al"),
    (&["kaqchikel", "cakchiquel"], "cak", "Kaqchikel"),
    (&["mixtec", "mixteco"], "mix", "Mixtec"),
    (&["zapotec", "zapoteco"], "zap", "Zapotec"),
    (&["nahuatl", "náhuatl"], "nah", "Nahuatl"),
];

const QUALIFIERS: &[(&str, &str)] = &[
    ("limited", "limited"),
    ("website", "website only"),
    ("upon request", "on request"),
    ("not always available", "not always available"),
];

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Spans of language names in lower-cased `lower`: (start, end, index into LANGUAGES), in
/// order of position. Phrases are tried in table order (longer first) and a span already
/// claimed by a longer phrase is not matched again.
fn find_spans(lower: &str) -> Vec<(usize, usize, usize)> {
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for (i, (names, _, _)) in LANGUAGES.iter().enumerate() {
        for name in *names {
            let mut from = 0;
            while let Some(pos) = lower[from..].find(name) {
                let start = from + pos;
                let end = start + name.len();
                let claimed = hits.iter().any(|&(s, e, _)| start < e && end > s);
                if !claimed && is_word_boundary(lower, start, end) {
                    hits.push((start, end, i));
                }
                from = end;
            }
        }
    }
    hits.sort_by_key(|h| h.0);
    hits
}

/// Words that may join language names without adding information ("English and Spanish").
const CONNECTORS: &[&str] = &["and", "y", "et", "or", "also", "only"];

/// Whether `text` names at least one language and nothing else but qualifiers ("limited",
/// "website", "upon request") and connectors ("and", commas), so that the codes and notes
/// of [`recognise`] say all it says. "Creole with translators as needed" is not such a list.
pub fn names_only_languages(text: &str) -> bool {
    let lower = text.to_lowercase().replace("\\n", "\n");
    let hits = find_spans(&lower);
    if hits.is_empty() {
        return false;
    }
    let mut residue = String::with_capacity(lower.len());
    let mut at = 0;
    for &(start, end, _) in &hits {
        residue.push_str(&lower[at..start]);
        residue.push(' ');
        at = end;
    }
    residue.push_str(&lower[at..]);
    for (qualifier, _) in QUALIFIERS {
        residue = residue.replace(qualifier, " ");
    }
    residue
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| CONNECTORS.contains(&w))
}

/// Finds every language named in `text`, in order of first mention, without duplicates.
///
/// A qualifier ("limited", "website") written right after a language, in parentheses or
/// before the next language, becomes its note.
pub fn recognise(text: &str) -> Vec<LanguageMatch> {
    let lower = text.to_lowercase().replace("\\n", "\n");
    let hits = find_spans(&lower);
    let mut out: Vec<LanguageMatch> = Vec::new();
    for (n, &(_, end, i)) in hits.iter().enumerate() {
        let (_, code, name) = LANGUAGES[i];
        let next_start = hits.get(n + 1).map_or(lower.len(), |h| h.0);
        let tail = &lower[end..next_start];
        // Qualifiers apply only within the same line.
        let tail = tail.split('\n').next().unwrap_or("");
        let before = &lower[..hits[n].0];
        let line_before = before.rsplit('\n').next().unwrap_or("");
        let note = QUALIFIERS
            .iter()
            .find(|(q, _)| tail.contains(q) || (line_before.trim_end().ends_with(q)))
            .map(|(_, note)| *note);
        if let Some(existing) = out.iter_mut().find(|m| m.code == code) {
            if existing.note.is_some() && note.is_none() {
                existing.note = None;
            }
            continue;
        }
        out.push(LanguageMatch { code, name, note });
    }
    out
}

/// The English name of an ISO 639 code we know, e.g. `es` → `Spanish`.
pub fn name_of(code: &str) -> Option<&'static str> {
    let code = code.trim().to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|(_, c, _)| *c == code)
        .map(|(_, _, n)| *n)
        .or(match code.as_str() {
            "spa" => Some("Spanish"),
            "eng" => Some("English"),
            "fra" | "fre" => Some("French"),
            "hat" => Some("Haitian Creole"),
            _ => None,
        })
}

/// Normalises a language code written in any common form (`ES`, `spa`, `es-MX`) to the
/// code this module uses (`es`). Unknown but well-formed codes are returned lower-cased.
pub fn normalise_code(raw: &str) -> Option<String> {
    let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mapped = match primary.as_str() {
        "spa" => "es",
        "eng" => "en",
        "fra" | "fre" => "fr",
        "hat" => "ht",
        "por" => "pt",
        "rus" => "ru",
        "ara" => "ar",
        "zho" | "chi" | "cmn" => "zh",
        "vie" => "vi",
        "kor" => "ko",
        "tgl" | "fil" => "tl",
        "ukr" => "uk",
        "fas" | "per" => "fa",
        "som" => "so",
        "heb" => "he",
        "deu" | "ger" => "de",
        "ita" => "it",
        "jpn" => "ja",
        "hin" => "hi",
        "pol" => "pl",
        other => other,
    };
    Some(mapped.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<&'static str> {
        recognise(text).into_iter().map(|m| m.code).collect()
    }

    #[test]
    fn recognises_the_miami_forms() {
        assert_eq!(codes("English"), ["en"]);
        assert_eq!(codes("Creole"), ["ht"]);
        assert_eq!(codes("Haitian-Creole"), ["ht"]);
        assert_eq!(codes("English and Spanish"), ["en", "es"]);
        assert_eq!(codes("American Sign Language"), ["ase"]);
        assert_eq!(codes("Sign Language"), ["sgn"]);
        assert_eq!(
            codes("English\\nBi-lingual volunteers available to translate Spanish\\nCreole - not always available"),
            ["en", "es", "ht"]
        );
        assert!(codes("other languages available upon request").is_empty());
        assert!(codes("Language line available").is_empty());
        // "english" inside another word is not English.
        assert!(codes("Englishtown").is_empty());
    }

    #[test]
    fn qualifiers_become_notes() {
        let m = recognise("Spanish (limited)");
        assert_eq!(m[0].note, Some("limited"));
        let m = recognise("Chinese (website)");
        assert_eq!(m[0].note, Some("website only"));
        let m = recognise("limited Spanish");
        assert_eq!(m[0].note, Some("limited"));
        assert_eq!(recognise("Spanish")[0].note, None);
    }

    #[test]
    fn plain_language_lists_are_told_from_prose() {
        for plain in [
            "English",
            "English and Spanish",
            "Spanish (limited)",
            "English, Spanish; Creole",
            "Creole - not always available",
            "Chinese (website)",
            "Español",
            "Spanish\\n\\nIngles",
        ] {
            assert!(names_only_languages(plain), "{plain}");
        }
        for prose in [
            "other languages available upon request",
            "Creole with translators as needed",
            "Language line available",
            "Spanish\\n\\nIndividual Counseling: English",
            "",
        ] {
            assert!(!names_only_languages(prose), "{prose}");
        }
    }

    #[test]
    fn the_table_covers_the_languages_of_the_miami_export() {
        assert_eq!(
            codes("Icelandic, Norwegian, Danish, Swedish"),
            ["is", "no", "da", "sv"]
        );
        assert_eq!(codes("Taiwanese"), ["nan"]);
        assert_eq!(codes("Sindhi"), ["sd"]);
        assert_eq!(codes("Mam and Q'anjob'al"), ["mam", "kjb"]);
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalise_code("ES").as_deref(), Some("es"));
        assert_eq!(normalise_code("spa").as_deref(), Some("es"));
        assert_eq!(normalise_code("es-MX").as_deref(), Some("es"));
        assert_eq!(normalise_code("zh_Hant").as_deref(), Some("zh"));
        assert_eq!(normalise_code("1234"), None);
        assert_eq!(name_of("ht"), Some("Haitian Creole"));
    }
}
