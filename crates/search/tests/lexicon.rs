//! The cross-lingual need lexicon (`data/lexicon/needs.yaml`): what residents type in 15
//! languages must land on the right need, and nothing else must.

use std::collections::BTreeSet;
use std::path::PathBuf;

use puerta_search::lexicon::{normalize, Lexicon, LEXICON_ENV};

fn shipped() -> Lexicon {
    Lexicon::shipped().unwrap_or_else(|e| panic!("shipped lexicon: {e}"))
}

fn needs_of(lexicon: &Lexicon, query: &str) -> Vec<String> {
    lexicon
        .expand(query)
        .needs()
        .into_iter()
        .map(String::from)
        .collect()
}

/// (language, query, need it must map to). At least 4 per language.
const QUERIES: &[(&str, &str, &str)] = &[
    ("en", "free lawyer", "legal.free-lawyer"),
    ("en", "where can I get food stamps", "food.snap"),
    ("en", "help paying my electric bill", "housing.utilities"),
    ("en", "ESL classes near me", "education.english"),
    (
        "en",
        "my landlord gave me an eviction notice",
        "housing.eviction",
    ),
    ("es", "abogado gratis", "legal.free-lawyer"),
    ("es", "comida", "food.pantry"),
    ("es", "abogado de inmigración", "legal.immigration"),
    ("es", "clases de inglés gratis", "education.english"),
    ("es", "necesito una clínica", "health.clinic"),
    ("es", "permiso de trabajo", "legal.work-permit"),
    ("es", "me quieren desalojar", "housing.eviction"),
    ("zh-Hans", "免费律师", "legal.free-lawyer"),
    ("zh-Hans", "哪里有食物银行", "food.pantry"),
    ("zh-Hans", "我想学英语", "education.english"),
    ("zh-Hans", "移民律师", "legal.immigration"),
    ("zh-Hans", "申请绿卡", "legal.green-card"),
    ("zh-Hant", "免費律師", "legal.free-lawyer"),
    ("zh-Hant", "找工作", "work.jobs"),
    ("zh-Hant", "看牙醫", "health.dental"),
    ("zh-Hant", "家庭暴力", "safety.domestic-violence"),
    ("tl", "libreng abogado", "legal.free-lawyer"),
    ("tl", "naghahanap ng trabaho", "work.jobs"),
    ("tl", "klase sa Ingles", "education.english"),
    ("tl", "bakuna para sa anak", "health.vaccines"),
    ("tl", "tulong sa upa", "housing.rent-help"),
    ("vi", "học tiếng Anh", "education.english"),
    ("vi", "luật sư miễn phí", "legal.free-lawyer"),
    ("vi", "tìm việc làm", "work.jobs"),
    ("vi", "khai thuế", "money.taxes"),
    ("vi", "thi quốc tịch", "legal.citizenship"),
    ("ar", "محامي", "legal.free-lawyer"),
    ("ar", "المحامي", "legal.free-lawyer"),
    ("ar", "أحتاج طعام", "food.pantry"),
    ("ar", "طلب لجوء", "legal.asylum"),
    ("ar", "عيادة مجانية", "health.clinic"),
    ("fr", "avocat gratuit", "legal.free-lawyer"),
    ("fr", "cours d'anglais", "education.english"),
    ("fr", "demande d'asile", "legal.asylum"),
    ("fr", "banque alimentaire", "food.pantry"),
    ("fr", "je cherche un emploi", "work.jobs"),
    ("ht", "trabay", "work.jobs"),
    ("ht", "mwen bezwen manje", "food.pantry"),
    ("ht", "avoka imigrasyon", "legal.immigration"),
    ("ht", "klas angle", "education.english"),
    ("ht", "kat vèt", "legal.green-card"),
    ("ko", "먹을 것", "food.pantry"),
    ("ko", "무료 변호사", "legal.free-lawyer"),
    ("ko", "영주권 신청", "legal.green-card"),
    ("ko", "영어 수업", "education.english"),
    ("ko", "치과", "health.dental"),
    ("ru", "бесплатный юрист", "legal.free-lawyer"),
    ("ru", "нужен адвокат", "legal.free-lawyer"),
    ("ru", "ищу работу", "work.jobs"),
    ("ru", "курсы английского", "education.english"),
    ("ru", "прививки для детей", "health.vaccines"),
    ("pt", "advogado gratuito", "legal.free-lawyer"),
    ("pt", "cesta básica", "food.pantry"),
    ("pt", "aulas de inglês", "education.english"),
    ("pt", "procurar emprego", "work.jobs"),
    ("pt", "ajuda com aluguel", "housing.rent-help"),
    ("uk", "вакансії", "work.jobs"),
    ("uk", "безкоштовний юрист", "legal.free-lawyer"),
    ("uk", "курси англійської", "education.english"),
    ("uk", "статус біженця", "immigrant.refugee-resettlement"),
    ("uk", "безкоштовна їжа", "food.pantry"),
    ("fa", "وکیل رایگان", "legal.free-lawyer"),
    ("fa", "کلاس زبان انگلیسی", "education.english"),
    ("fa", "درخواست پناهندگی", "legal.asylum"),
    ("fa", "دندانپزشک", "health.dental"),
    ("so", "qareen bilaash", "legal.free-lawyer"),
    ("so", "cunto", "food.pantry"),
    ("so", "shaqo raadis", "work.jobs"),
    ("so", "tallaalka carruurta", "health.vaccines"),
    ("so", "kaarka cagaaran", "legal.green-card"),
];

#[test]
fn realistic_queries_in_every_language_find_the_right_need() {
    let lexicon = shipped();
    let mut failures = Vec::new();
    for (lang, query, want) in QUERIES {
        let got = needs_of(&lexicon, query);
        if !got.iter().any(|n| n == want) {
            failures.push(format!("[{lang}] {query:?}: wanted {want}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Every declared language is covered by at least 4 queries above.
    for lang in lexicon.languages() {
        let count = QUERIES.iter().filter(|(l, _, _)| *l == lang).count();
        assert!(count >= 4, "only {count} test queries for {lang}");
    }
}

#[test]
fn the_match_is_reported_in_the_language_of_the_term() {
    let lexicon = shipped();
    let expansion = lexicon.expand("免費律師");
    let m = expansion
        .matches
        .first()
        .unwrap_or_else(|| panic!("no match"));
    assert_eq!(m.need, "legal.free-lawyer");
    assert_eq!(m.language, "zh-Hant");
    // "asilo" is Spanish and Portuguese: the resident's locale decides which is reported.
    let pt = lexicon.expand_for_locale("pedir asilo", Some("pt-BR"));
    assert_eq!(pt.matches.first().map(|m| m.language.as_str()), Some("pt"));
    let es = lexicon.expand_for_locale("pedir asilo", Some("es-MX"));
    assert_eq!(es.matches.first().map(|m| m.language.as_str()), Some("es"));
}

#[test]
fn longest_match_wins() {
    let lexicon = shipped();
    assert_eq!(
        needs_of(&lexicon, "abogado de inmigración"),
        ["legal.immigration"]
    );
    assert_eq!(needs_of(&lexicon, "移民律师"), ["legal.immigration"]);
    assert_eq!(needs_of(&lexicon, "食物券"), ["food.snap"]);
    assert_eq!(
        needs_of(&lexicon, "permiso de trabajo"),
        ["legal.work-permit"]
    );
}

#[test]
fn queries_without_need_words_map_to_nothing() {
    let lexicon = shipped();
    for query in [
        "",
        "   ",
        "hello",
        "the and of to in for with",
        "de la que el en y a los se del las un por con no una su para es al lo como",
        "le la les de des du et un une est pour dans",
        "o a os as de do da em um uma para com não",
        "ang ng sa mga na at si ay",
        "và của là có những các cho được",
        "في من على إلى عن مع هذا",
        "و در به از که این را با",
        "и в не на я что с по",
        "і в не на я що з по",
        "oo ka ku iyo waa u la",
        "mwen ou li nou yo nan ak pou",
        "的 是 在 了 和",
        "이 가 을 를 은 는 에",
        "12345",
        "xyzzy plugh",
    ] {
        let expansion = lexicon.expand(query);
        assert!(
            expansion.is_empty(),
            "{query:?} matched {:?}",
            expansion.matches
        );
    }
}

#[test]
fn words_do_not_match_inside_longer_words() {
    let lexicon = shipped();
    for query in [
        "attorneys general office building", // "attorney" only as a whole word
        "lawyerly",
        "jobsite safety",
        "foodie",
        "comidas típicas del restaurante chiquito", // no "comida" word
        "inglesa",
        "manjes",
        "shaqooyinka", // `shaqooyin` is a whole word, not a stem
    ] {
        let expansion = lexicon.expand(query);
        assert!(
            expansion.is_empty(),
            "{query:?} matched {:?}",
            expansion.matches
        );
    }
    // A `stem*` term does match inflected forms.
    assert_eq!(needs_of(&lexicon, "юристы"), ["legal.free-lawyer"]);
    assert_eq!(needs_of(&lexicon, "адвокату"), ["legal.free-lawyer"]);
    assert_eq!(needs_of(&lexicon, "вакцинация"), ["health.vaccines"]);
}

#[test]
fn diacritics_and_letter_variants_do_not_matter() {
    let lexicon = shipped();
    let pairs = [
        ("hoc tieng anh", "học tiếng Anh"),
        ("manje", "manjè"),
        ("clases de ingles", "clases de inglés"),
        ("INGLÉS", "ingles"),
        ("محامى", "محامي"),   // alef maksura
        ("الْمُحَامِي", "محامي"), // article and harakat
        ("طعام", "الطعام"),
        ("وکيل رايگان", "وکیل رایگان"), // Arabic yeh for Persian yeh
        ("وكيل رایگان", "وکیل رایگان"), // Arabic kaf for Persian keheh
        ("доступное жилье", "доступное жильё"),
        ("безкоштовна їжа", "БЕЗКОШТОВНА ЇЖА"),
    ];
    for (a, b) in pairs {
        assert_eq!(normalize(a), normalize(b), "{a:?} vs {b:?}");
        let na = needs_of(&lexicon, a);
        assert!(!na.is_empty(), "{a:?} matched nothing");
        assert_eq!(na, needs_of(&lexicon, b), "{a:?} vs {b:?}");
    }
    assert_eq!(normalize("ёлка"), normalize("елка"));
}

#[test]
fn every_need_has_terms_in_all_languages() {
    let lexicon = shipped();
    assert_eq!(lexicon.languages().len(), 15);
    for tag in [
        "en", "es", "zh-Hans", "zh-Hant", "tl", "vi", "ar", "fr", "ht", "ko", "ru", "pt", "uk",
        "fa", "so",
    ] {
        assert!(
            lexicon.languages().contains(&tag),
            "language {tag} not declared"
        );
    }
    assert!(
        lexicon.needs().len() >= 40,
        "only {} needs",
        lexicon.needs().len()
    );
    let mut missing = Vec::new();
    for need in lexicon.needs() {
        for lang in lexicon.languages() {
            if need.terms.get(lang).is_none_or(|t| t.is_empty()) {
                missing.push(format!("{lang}/{}", need.id));
            }
        }
        assert!(
            !need.english_terms.is_empty(),
            "{} has no English search terms",
            need.id
        );
    }
    assert!(
        missing.is_empty(),
        "missing language/need pairs: {missing:?}"
    );
}

#[test]
fn review_state_is_declared_honestly() {
    for lang in shipped().language_info() {
        assert!(["draft", "reviewed"].contains(&lang.review.as_str()));
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn every_taxonomy_code_exists_in_open_eligibility() {
    let path = workspace_root().join("data/taxonomies/open-eligibility/taxonomy.csv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let codes: Vec<String> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .map(|c| c.trim_matches('"').to_string())
        .collect();
    assert!(codes.len() > 200);
    let lexicon = shipped();
    lexicon
        .check_taxonomy_codes(&codes)
        .unwrap_or_else(|e| panic!("{e}"));
    // And the check really checks.
    let bad = lexicon
        .with_overlay(
            "needs:\n  - id: food.pantry\n    taxonomy: [999999]\n",
            "city.yaml",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let err = bad
        .check_taxonomy_codes(&codes)
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some("city.yaml: need `food.pantry`, taxonomy[0]: unknown taxonomy code `999999`")
    );
}

#[test]
fn no_term_is_duplicated_within_a_need() {
    let lexicon = shipped();
    for need in lexicon.needs() {
        for (lang, terms) in &need.terms {
            let mut seen = BTreeSet::new();
            for term in terms {
                assert!(
                    seen.insert(normalize(term)),
                    "{}: {lang} has {term:?} twice",
                    need.id
                );
            }
        }
    }
    // The loader refuses such a file, naming file, need and field.
    let err = lexicon
        .with_overlay(
            "needs:\n  - id: civic.new\n    search: [x]\n    terms:\n      es: [inglés, ingles]\n",
            "city.yaml",
        )
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some("city.yaml: need `civic.new`, terms.es[1]: `ingles` is the same as terms.es[0] once accents and case are ignored")
    );
}

#[test]
fn expansion_is_deduplicated_and_lower_case() {
    let lexicon = shipped();
    let expansion = lexicon.expand("abogado gratis, free lawyer, avocat gratuit, ABOGADO");
    assert_eq!(expansion.needs(), ["legal.free-lawyer"]);
    let terms: BTreeSet<&String> = expansion.english_terms.iter().collect();
    assert_eq!(
        terms.len(),
        expansion.english_terms.len(),
        "{:?}",
        expansion.english_terms
    );
    assert!(expansion
        .english_terms
        .iter()
        .all(|t| *t == t.to_lowercase()));
    let codes: BTreeSet<&String> = expansion.taxonomy_codes.iter().collect();
    assert_eq!(codes.len(), expansion.taxonomy_codes.len());
    assert!(expansion.english_terms.contains(&"legal aid".to_string()));
    assert!(expansion.taxonomy_codes.contains(&"1375".to_string()));
}

#[test]
fn a_city_file_adds_terms_and_replaces_fields() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("city-lexicon.yaml");
    std::fs::write(
        &path,
        "version: \"miami.1\"\n\
         needs:\n\
         \x20 - id: food.pantry\n\
         \x20   terms:\n\
         \x20     es: [mercadito]\n\
         \x20 - id: work.jobs\n\
         \x20   replace: true\n\
         \x20   search: [workforce]\n\
         \x20   terms:\n\
         \x20     ht: [djòb]\n\
         \x20 - id: local.hurricane-kits\n\
         \x20   search: [hurricane supplies]\n\
         \x20   taxonomy: [1112]\n\
         \x20   terms:\n\
         \x20     en: [hurricane kit]\n\
         \x20     es: [kit de huracán]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let lexicon = Lexicon::load_with_overlay(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lexicon.version(), "2026.11.2+miami.1");
    // Added term; the shipped ones stay.
    assert_eq!(lexicon.expand("mercadito").needs(), ["food.pantry"]);
    assert_eq!(lexicon.expand("comida").needs(), ["food.pantry"]);
    // Replaced fields: Haitian terms and English search terms of work.jobs; others kept.
    assert!(lexicon.expand("trabay").is_empty());
    assert_eq!(lexicon.expand("djob").needs(), ["work.jobs"]);
    assert_eq!(lexicon.expand("djob").english_terms, ["workforce"]);
    assert_eq!(lexicon.expand("trabajo").needs(), ["work.jobs"]);
    // New need.
    assert_eq!(
        lexicon.expand("kit de huracan").needs(),
        ["local.hurricane-kits"]
    );
    // The shipped lexicon is unchanged.
    assert_eq!(shipped().expand("trabay").needs(), ["work.jobs"]);

    // PUERTA_LEXICON names the same file (the only test that touches the variable).
    std::env::set_var(LEXICON_ENV, &path);
    let from_env = Lexicon::from_env();
    std::env::remove_var(LEXICON_ENV);
    let from_env = from_env.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_env.expand("mercadito").needs(), ["food.pantry"]);
}

#[test]
fn city_file_errors_name_file_need_and_field() {
    let lexicon = shipped();
    let cases: &[(&str, &str)] = &[
        (
            "needs:\n  - id: food.pantry\n    terms:\n      xx: [comida]\n",
            "city.yaml: need `food.pantry`, terms.xx: unknown language tag `xx` (declare it under `languages:`)",
        ),
        (
            "needs:\n  - id: food.pantry\n    terms:\n      es: [\"  \"]\n",
            "city.yaml: need `food.pantry`, terms.es[0]: blank term",
        ),
        (
            "needs:\n  - id: food.pantry\n    terms:\n      ru: [ед*]\n",
            "city.yaml: need `food.pantry`, terms.ru[0]: `ед*`: `ед*` is too short; write at least 3 letters before `*`",
        ),
        (
            "needs:\n  - id: local.new\n    terms:\n      es: [algo]\n",
            "city.yaml: need `local.new`, search: a new need needs English search terms or taxonomy codes",
        ),
        (
            "needs:\n  - id: Food Pantry\n    terms:\n      es: [algo]\n",
            "city.yaml: needs[0].id: `Food Pantry`: need ids use a-z, 0-9, `.`, `-` and `_` only",
        ),
        (
            "needs:\n  - id: food.pantry\n    terms:\n      ko: [밥]\n",
            "city.yaml: need `food.pantry`, terms.ko[0]: `밥`: Chinese, Japanese and Korean terms need at least 2 characters",
        ),
    ];
    for (yaml, want) in cases {
        let got = lexicon
            .with_overlay(yaml, "city.yaml")
            .err()
            .map(|e| e.to_string());
        assert_eq!(got.as_deref(), Some(*want), "for {yaml}");
    }
    // Unknown fields and bad YAML are syntax errors naming the file.
    let err = lexicon
        .with_overlay(
            "needs:\n  - id: food.pantry\n    term: {es: [x]}\n",
            "city.yaml",
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.starts_with("city.yaml: not a valid lexicon file:"),
        "{err}"
    );
    let err = Lexicon::load_with_overlay("/nonexistent/city-lexicon.yaml")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.starts_with("/nonexistent/city-lexicon.yaml: cannot read the lexicon file:"),
        "{err}"
    );
}
