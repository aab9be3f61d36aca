//! Every locale has exactly the messages of the English source: none missing, none extra.
//! (It applies to every folder under `locales/` as translators add them.)

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use puerta_web::pages::locale::{FTL_FILES, LOCALES};

fn message_ids(tag: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (_, file, text) in FTL_FILES.iter().filter(|(t, _, _)| *t == tag) {
        let resource = parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{file}: syntax errors {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                assert!(
                    ids.insert(m.id.name.to_owned()),
                    "locales/{tag}/{file}: `{}` is defined twice",
                    m.id.name
                );
            }
        }
    }
    ids
}

#[test]
fn every_locale_has_exactly_the_source_messages() {
    let source = message_ids("en");
    assert!(source.len() > 100, "the English source is missing");
    let folders: BTreeSet<&str> = FTL_FILES.iter().map(|(t, _, _)| *t).collect();
    assert!(folders.contains("es"), "Spanish ships from the start");
    let mut problems = Vec::new();
    for tag in folders.iter().filter(|t| **t != "en") {
        let ids = message_ids(tag);
        for missing in source.difference(&ids) {
            problems.push(format!("locales/{tag}: missing `{missing}`"));
        }
        for extra in ids.difference(&source) {
            problems.push(format!(
                "locales/{tag}: `{extra}` is not in the English source"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_folder_is_a_supported_locale_and_states_its_review() {
    for (tag, file, text) in FTL_FILES {
        assert!(
            LOCALES.iter().any(|l| l.tag == *tag),
            "locales/{tag}/{file}: `{tag}` is not in pages::locale::LOCALES"
        );
        let _ = text;
        assert_ne!(
            puerta_web::pages::locale::review_state(tag),
            "unknown",
            "locales/{tag}: add a `# review-state:` comment"
        );
    }
}

#[test]
fn messages_used_by_the_code_exist_in_the_source() {
    let source = message_ids("en");
    let mut keys: Vec<String> = Vec::new();
    for n in puerta_web::pages::home::NEEDS {
        keys.push(format!("need-{}", n.id));
        keys.push(format!("need-{}-hint", n.id));
    }
    for t in puerta_web::pages::rights::TOPICS {
        for suffix in ["title", "intro", "help"] {
            keys.push(format!("rights-{}-{suffix}", t.id));
        }
        for n in 1..=t.points {
            keys.push(format!("rights-{}-point-{n}", t.id));
        }
    }
    for c in puerta_domain::report::ReportCategory::ALL {
        keys.push(puerta_web::pages::report::message(c).to_owned());
    }
    keys.push("report-not-taken-title".to_owned());
    keys.push("report-not-taken-body".to_owned());
    for m in 1..=12 {
        keys.push(format!("month-{m}"));
    }
    let missing: Vec<&String> = keys.iter().filter(|k| !source.contains(*k)).collect();
    assert!(missing.is_empty(), "missing in locales/en: {missing:?}");
    // Templates: every chrome.tr.t("…") literal.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    for entry in std::fs::read_dir(&dir).expect("templates") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("template");
        for part in text.split("tr.t(\"").skip(1) {
            let key = part.split('"').next().unwrap_or("");
            assert!(
                source.contains(key),
                "{}: `{key}` is not in locales/en",
                path.display()
            );
        }
        for part in text.split("tr.t1(\"").skip(1) {
            let key = part.split('"').next().unwrap_or("");
            assert!(
                source.contains(key),
                "{}: `{key}` is not in locales/en",
                path.display()
            );
        }
    }
}
