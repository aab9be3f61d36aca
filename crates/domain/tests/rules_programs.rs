//! Programs as data: every shipped program compiles and passes its own test cases, and the
//! test-case runner really fails when an expectation is wrong.

mod rules_common;

use puerta_domain::rules::{
    Answers, Fact, Program, ProgramError, RuleErrorKind, ServiceRef, Unit, Verdict,
};
use rules_common::{d, params, program, read, repo_path};

fn shipped_programs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo_path("data/programs")).expect("data/programs") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            out.push((name, std::fs::read_to_string(&path).expect("read")));
        }
    }
    out.sort();
    out
}

#[test]
fn every_shipped_program_compiles_and_passes_its_test_cases() {
    let params = params();
    let programs = shipped_programs();
    let names: Vec<&str> = programs.iter().map(|(n, _)| n.as_str()).collect();
    for required in [
        "naturalization.yaml",
        "n400-fee-waiver.yaml",
        "n400-reduced-fee.yaml",
    ] {
        assert!(
            names.contains(&required),
            "{required} missing from {names:?}"
        );
    }
    for (name, text) in &programs {
        let p = Program::from_yaml(text, &params).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            format!("{}.yaml", p.id()),
            *name,
            "file named after the program id"
        );
        assert!(p.tests().len() >= 3, "{name}: test cases");
        assert!(!p.services().is_empty(), "{name}: services");
        assert_ne!(p.name("es"), p.name("en"), "{name}: Spanish name");
        let failures = p.run_tests();
        assert!(
            failures.is_empty(),
            "{name}:\n{}",
            failures
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn a_wrong_expectation_makes_the_runner_fail() {
    let text = read("data/programs/naturalization.yaml");
    // First expectation: the USCIS example on 2018-04-05 is likely; claim maybe instead.
    let wrong = text.replacen("verdict: likely", "verdict: maybe", 1);
    let p = Program::from_yaml(&wrong, &params()).expect("compiles");
    let failures = p.run_tests();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].problem.contains("expected maybe, got likely"));

    let wrong = text.replacen("\"2018-04-05\"", "\"2018-04-06\"", 1);
    let p = Program::from_yaml(&wrong, &params()).expect("compiles");
    let failures = p.run_tests();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0]
        .problem
        .contains("rule-n400-earliest-filing.date"));

    let wrong = text.replacen(
        "reasons: [rule-n400-earliest-filing, rule-n400-married]",
        "reasons: [rule-n400-married]",
        1,
    );
    assert_ne!(wrong, text);
    let p = Program::from_yaml(&wrong, &params()).expect("compiles");
    assert_eq!(p.run_tests().len(), 1);
}

#[test]
fn localized_texts_fall_back_to_the_language_then_english() {
    let p = program("naturalization.yaml");
    assert_eq!(p.name("es-MX"), p.name("es"));
    assert_eq!(p.name("vi"), p.name("en"));
    assert!(p.description("es").contains("90 días"));
    assert!(p.locales().any(|l| l == "es"));
    assert_eq!(
        p.services(),
        &[ServiceRef::TaxonomyTerm {
            vocabulary: "open_eligibility".into(),
            code: "1381".into()
        }]
    );
}

#[test]
fn the_reduced_fee_shows_the_fee_in_force() {
    let p = program("n400-reduced-fee.yaml");
    let mut a = Answers::new();
    a.set(Fact::HouseholdSize, 3)
        .and_then(|a| a.set(Fact::HouseholdAnnualIncome, 90_000))
        .and_then(|a| a.set_code(Fact::State, "NJ"))
        .expect("answers");
    let e = p.explain(&a, d(2025, 9, 1));
    assert_eq!(e.verdict, Verdict::Likely);
    let amount = e.amount.expect("amount");
    assert_eq!(amount.parameter, "uscis.n400.fee.reduced");
    assert_eq!(amount.value, 380);
    assert_eq!(amount.unit, Unit::Usd);
    assert_eq!(amount.effective_from, Some(d(2024, 4, 1)));
    assert!(amount.sources.contains(&"uscis-reduced-fee".to_string()));
    assert!(p.amount(d(2024, 3, 1)).is_none());
}

fn minimal(id: &str, extra: &str) -> String {
    format!(
        "id: {id}
name: {{en: Test}}
description: {{en: Test program}}
rule: {{is_true: lives_in_city}}
{extra}"
    )
}

#[test]
fn bad_program_files_are_refused() {
    let params = params();
    let load = |text: &str| Program::from_yaml(text, &params);
    assert!(load(&minimal("city-id", "")).is_ok());
    assert!(matches!(
        load(&minimal("City_ID", "")),
        Err(ProgramError::InvalidId(_))
    ));
    assert!(matches!(
        load(
            "id: x\nname: {es: Prueba}\ndescription: {en: Test}\nrule: {is_true: lives_in_city}\n"
        ),
        Err(ProgramError::MissingEnglish("name"))
    ));
    assert!(matches!(
        load("id: x\nname: {en: Test, ES_x: Prueba}\ndescription: {en: Test}\nrule: {is_true: lives_in_city}\n"),
        Err(ProgramError::Locale { .. })
    ));
    assert!(matches!(
        load(&minimal(
            "x",
            "amount: uscis.n400.reduced_fee.max_pct_fpg\n"
        )),
        Err(ProgramError::Amount(_))
    ));
    assert!(matches!(
        load(&minimal("x", "colour: blue\n")),
        Err(ProgramError::Syntax(_))
    ));
    let unknown_need = minimal(
        "x",
        "tests:\n  - {name: t, as_of: 2025-01-01, expect: {verdict: maybe, needs: [shoe_size]}}\n",
    );
    assert!(matches!(
        load(&unknown_need),
        Err(ProgramError::Test { .. })
    ));
    let unknown_fact_in_case = minimal(
        "x",
        "tests:\n  - {name: t, as_of: 2025-01-01, facts: {shoe_size: 9}, expect: {verdict: maybe}}\n",
    );
    let err = load(&unknown_fact_in_case).expect_err("refused");
    assert!(err.to_string().contains("shoe_size"), "{err}");
    let bad_rule = "id: x\nname: {en: T}\ndescription: {en: T}\nrule: {is_true: household_size}\n";
    match load(bad_rule) {
        Err(ProgramError::Rule(errors)) => {
            assert!(matches!(errors.0[0].kind, RuleErrorKind::FactType { .. }))
        }
        other => panic!("{other:?}"),
    }
}
