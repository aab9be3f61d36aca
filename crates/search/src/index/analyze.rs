//! How text becomes index terms: the tantivy schema, the analysers of each field, a
//! CJK bigram tokenizer, and the query's script.
//!
//! Every text field is indexed without positions (no phrase queries are needed), which
//! keeps the index small. Services are mostly described in English, so the per-field
//! fields use an English stemmer; the whole text is also indexed once more language-neutral
//! (accent-folded, unstemmed — Vietnamese, Haitian Creole, Arabic, Russian… and the target
//! of typo tolerance), once Spanish-stemmed, and once as CJK unigrams + bigrams.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};

/// English: lower case, stop words, accent folding, Porter-style stemming.
pub const EN: &str = "puerta_en";
/// Language-neutral: lower case, stop words of our main languages, accent folding.
pub const FOLD: &str = "puerta_fold";
/// Spanish: lower case, Spanish stop words, Spanish stemming, accent folding.
pub const ES: &str = "puerta_es";
/// Chinese, Japanese and Korean: character unigrams and bigrams.
pub const CJK: &str = "puerta_cjk";

/// Longest token kept (longer ones are noise such as URLs or base64).
const MAX_TOKEN_BYTES: usize = 40;

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The service's slot in the in-memory table (indexed for deletes, fast for lookup).
    pub slot: Field,
    pub name: Field,
    pub alternate_name: Field,
    pub organization: Field,
    pub description: Field,
    pub taxonomy: Field,
    pub eligibility: Field,
    /// All text, language-neutral.
    pub fold: Field,
    /// All text, Spanish-stemmed.
    pub es: Field,
    /// All text, CJK bigrams.
    pub cjk: Field,
    /// Ids of the taxonomy terms the service is classified under, with their ancestors.
    pub terms: Field,
}

fn text(analyser: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyser)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

/// The schema and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        slot: b.add_u64_field("slot", NumericOptions::default().set_indexed().set_fast()),
        name: b.add_text_field("name", text(EN)),
        alternate_name: b.add_text_field("alternate_name", text(EN)),
        organization: b.add_text_field("organization", text(EN)),
        description: b.add_text_field("description", text(EN)),
        taxonomy: b.add_text_field("taxonomy", text(EN)),
        eligibility: b.add_text_field("eligibility", text(EN)),
        fold: b.add_text_field("fold", text(FOLD)),
        es: b.add_text_field("es", text(ES)),
        cjk: b.add_text_field("cjk", text(CJK)),
        terms: b.add_text_field("terms", STRING),
    };
    (b.build(), fields)
}

/// English stop words: only words that carry no need (Lucene's list).
const STOP_EN: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "to", "was", "will", "with", "i", "me", "my", "we", "our", "you", "your", "need", "want",
    "looking", "where", "can", "how", "get", "find", "near",
];
/// Spanish, French, Portuguese and Haitian Creole function words (accented and folded).
const STOP_OTHER: &[&str] = &[
    // Spanish
    "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con",
    "una", "su", "al", "lo", "como", "más", "mas", "pero", "sus", "le", "ya", "o", "este", "mi",
    "yo", "necesito", "busco", "donde", "dónde", "quiero", // French
    "le", "les", "des", "du", "et", "une", "pour", "dans", "je", "mon", "ma", "mes", "au", "aux",
    "besoin", "où", // Portuguese
    "da", "do", "das", "dos", "em", "uma", "eu", "preciso", "onde", // Haitian Creole
    "mwen", "pou", "nan", "ak", "yon", "li", "ki", "sou", "bezwen", "kote",
];

fn stop_words(lists: &[&[&str]]) -> StopWordFilter {
    StopWordFilter::remove(
        lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| (*w).to_owned())
            .collect::<Vec<_>>(),
    )
}

/// The analysers by name, to register on the index.
pub fn tokenizers() -> TokenizerManager {
    let m = TokenizerManager::default();
    m.register(EN, english());
    m.register(
        FOLD,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(stop_words(&[STOP_EN, STOP_OTHER]))
            .filter(AsciiFoldingFilter)
            .build(),
    );
    m.register(
        ES,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(stop_words(&[STOP_OTHER]))
            .filter(Stemmer::new(Language::Spanish))
            .filter(AsciiFoldingFilter)
            .build(),
    );
    m.register(CJK, TextAnalyzer::from(CjkTokenizer));
    m
}

/// The English analyser (also the default analyser of queries).
pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(stop_words(&[STOP_EN]))
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The words of a text as residents see them (lower case, no stop-word removal), for "why".
pub fn display_words(text: &str) -> Vec<String> {
    let mut a = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .build();
    let mut out = Vec::new();
    let mut s = a.token_stream(text);
    while s.advance() {
        out.push(s.token().text.clone());
    }
    out
}

/// Runs `analyser` over `text`: (token text, word position).
pub fn analyse(analyser: &mut TextAnalyzer, text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut s = analyser.token_stream(text);
    while s.advance() {
        let t = s.token();
        out.push((t.text.clone(), t.position));
    }
    out
}

/// Whether `c` belongs to a script written without spaces between words (Han, kana) or
/// one we index by syllable pairs (Hangul).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF       // Hiragana, Katakana
        | 0x3130..=0x318F     // Hangul compatibility jamo
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFF66..=0xFF9F     // half-width Katakana
        | 0x20000..=0x2FFFF   // CJK extensions B–F
    )
}

/// Whether a query contains CJK text (then the CJK field is searched).
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// Emits, for each run of CJK characters, every character and every pair of neighbours;
/// other characters are skipped (the other fields index them).
///
/// When the query side sees a run of two or more characters it searches only the pairs
/// (see [`cjk_query_terms`]), so single characters only match single-character queries.
#[derive(Debug, Clone, Default)]
pub struct CjkTokenizer;

pub struct CjkTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for CjkTokenStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
    }
}

impl Tokenizer for CjkTokenizer {
    type TokenStream<'a> = CjkTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CjkTokenStream {
        let mut tokens = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut position = 0;
        for (i, &(offset, c)) in chars.iter().enumerate() {
            if !is_cjk(c) {
                continue;
            }
            let end = offset + c.len_utf8();
            tokens.push(Token {
                offset_from: offset,
                offset_to: end,
                position,
                text: c.to_string(),
                position_length: 1,
            });
            if let Some(&(next_offset, next)) = chars.get(i + 1) {
                if is_cjk(next) {
                    let mut pair = String::with_capacity(8);
                    pair.push(c);
                    pair.push(next);
                    tokens.push(Token {
                        offset_from: offset,
                        offset_to: next_offset + next.len_utf8(),
                        position,
                        text: pair,
                        position_length: 2,
                    });
                }
            }
            position += 1;
        }
        // An empty stream must still have a token to point at before `advance`.
        if tokens.is_empty() {
            return CjkTokenStream {
                tokens: vec![Token::default()],
                next: 1,
            };
        }
        CjkTokenStream { tokens, next: 0 }
    }
}

/// The CJK terms to search for a query: pairs for runs of two or more characters, the
/// character itself for a lone one. Each comes with the run it came from (for "why").
pub fn cjk_query_terms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<(String, String)>| {
        let word: String = run.iter().collect();
        match run.len() {
            0 => {}
            1 => out.push((word.clone(), word)),
            _ => {
                for w in run.windows(2) {
                    out.push((w.iter().collect(), word.clone()));
                }
            }
        }
        run.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out.sort();
    out.dedup();
    out
}

/// Lower case with accents folded, for comparing a query with a name.
pub fn fold_key(text: &str) -> String {
    let mut a = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    analyse(&mut a, text)
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, text: &str) -> Vec<String> {
        let mut a = tokenizers().get(name).expect("registered");
        analyse(&mut a, text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn english_stems_folds_and_drops_stop_words() {
        assert_eq!(
            run(EN, "The Lawyers for Immigrants"),
            vec!["lawyer", "immigr"]
        );
        assert_eq!(run(EN, "Café"), vec!["cafe"]);
    }

    #[test]
    fn fold_keeps_words_whole_without_accents() {
        assert_eq!(
            run(FOLD, "Ayuda legal de inmigración — Tiếng Việt"),
            vec!["ayuda", "legal", "inmigracion", "tieng", "viet"]
        );
    }

    #[test]
    fn spanish_stems() {
        assert_eq!(run(ES, "abogados gratuitos"), run(ES, "abogado gratuito"));
    }

    #[test]
    fn cjk_is_split_into_characters_and_pairs() {
        assert_eq!(
            run(CJK, "移民 law 律师"),
            vec!["移", "移民", "民", "律", "律师", "师"]
        );
        assert!(run(CJK, "only latin").is_empty());
        assert_eq!(
            cjk_query_terms("免费律师"),
            vec![
                ("免费".to_owned(), "免费律师".to_owned()),
                ("律师".to_owned(), "免费律师".to_owned()),
                ("费律".to_owned(), "免费律师".to_owned()),
            ]
        );
        assert!(has_cjk("무료 변호사"));
        assert!(!has_cjk("abogado"));
    }
}
