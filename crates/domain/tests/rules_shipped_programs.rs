//! The shipped programs (every file of data/programs) as a whole, on random households:
//! - answering an unknown never turns `likely` into `maybe` (nor changes any decided verdict);
//! - raising income never turns an income-ceiling program from `unlikely` to `likely` (and
//!   lowering it never helps the one income-floor program, the full N-400 fee);
//! - only the naturalization check asks immigration facts;
//! - every linked directory service exists in the demo directory, every taxonomy term in the
//!   shipped Open Eligibility taxonomy.

mod rules_common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use jiff::civil::Date;
use proptest::prelude::*;
use puerta_domain::rules::{
    Answers, CodeSet, Fact, FactType, Person, Program, Scope, ServiceRef, Value, Verdict,
    FACT_COUNT,
};
use rules_common::{d, params, read, repo_path};

/// Programs where more income can only help (the income test is a floor).
const INCOME_FLOOR_PROGRAMS: &[&str] = &["n400-fee-full"];

/// Facts about a person's immigration history: only the naturalization check may ask them.
const IMMIGRATION_FACTS: &[Fact] = &[
    Fact::PermanentResidentSince,
    Fact::YearsAsPermanentResident,
    Fact::SpouseIsUsCitizen,
    Fact::MarriedToCitizenSince,
    Fact::DaysOutsideUsLast5Years,
    Fact::DaysOutsideUsLast3Years,
    Fact::LongestTripDaysLast5Years,
    Fact::LongestTripDaysLast3Years,
];

fn shipped() -> &'static [Program] {
    static PROGRAMS: OnceLock<Vec<Program>> = OnceLock::new();
    PROGRAMS.get_or_init(|| {
        let params = params();
        let mut names: Vec<String> = std::fs::read_dir(repo_path("data/programs"))
            .expect("data/programs")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|n| {
                Program::from_yaml(&read(&format!("data/programs/{n}")), &params)
                    .unwrap_or_else(|e| panic!("{n}: {e}"))
            })
            .collect()
    })
}

#[test]
fn the_issue_list_of_programs_is_shipped() {
    let ids: BTreeSet<&str> = shipped().iter().map(Program::id).collect();
    for id in [
        "naturalization",
        "n400-fee-full",
        "n400-reduced-fee",
        "n400-fee-waiver",
        "n400-fee-military",
        "sycamore-falls-legal-defense-fund",
        "sycamore-falls-legal-screening",
        "sycamore-falls-esl",
        "sycamore-falls-city-id",
        "sycamore-falls-food-vouchers",
        "sycamore-falls-small-business-microgrant",
    ] {
        assert!(ids.contains(id), "{id} missing from {ids:?}");
    }
    for p in shipped()
        .iter()
        .filter(|p| p.id().starts_with("sycamore-falls-"))
    {
        assert!(p.tests().len() >= 4, "{}: at least 4 test cases", p.id());
        let locales: BTreeSet<&str> = p.locales().collect();
        for l in ["en", "es", "ar"] {
            assert!(locales.contains(l), "{}: name in {l}", p.id());
        }
        assert_ne!(p.description("ar"), p.description("en"), "{}", p.id());
    }
}

#[test]
fn only_naturalization_asks_immigration_facts() {
    for p in shipped() {
        let asked: Vec<Fact> = p
            .rule()
            .facts()
            .iter()
            .filter(|f| IMMIGRATION_FACTS.contains(f))
            .collect();
        if p.id() == "naturalization" {
            assert!(!asked.is_empty());
        } else {
            assert!(asked.is_empty(), "{} asks {asked:?}", p.id());
        }
    }
}

#[test]
fn linked_services_exist_in_the_demo_directory() {
    let services: serde_json::Value =
        serde_json::from_str(&read("data/demo/services.json")).expect("services.json");
    let ids: BTreeSet<&str> = services
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    let taxonomy = read("data/taxonomies/open-eligibility/taxonomy.csv");
    let codes: BTreeSet<&str> = taxonomy
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    for p in shipped() {
        for s in p.services() {
            match s {
                ServiceRef::Service(id) => assert!(
                    ids.contains(id.to_string().as_str()),
                    "{}: service {id} not in the demo directory",
                    p.id()
                ),
                ServiceRef::TaxonomyTerm { vocabulary, code } => {
                    assert_eq!(vocabulary, "open_eligibility", "{}", p.id());
                    assert!(codes.contains(code.as_str()), "{}: term {code}", p.id());
                }
            }
        }
    }
}

#[test]
fn city_programs_have_no_threshold_before_the_city_began_them() {
    // Thresholds are dated: the demo city's rows start on 2025-07-01.
    let mut a = Answers::new();
    a.set(Fact::HouseholdSize, 1).expect("size");
    a.set(Fact::HouseholdAnnualIncome, 10_000).expect("income");
    a.set_code(Fact::State, "OH").expect("state");
    a.set(Fact::LivesInCity, true).expect("city");
    a.set(Fact::RunsOrPlansSmallBusiness, true)
        .expect("business");
    let p = shipped()
        .iter()
        .find(|p| p.id() == "sycamore-falls-small-business-microgrant")
        .expect("microgrant");
    assert_eq!(p.evaluate(&a, d(2025, 6, 30)).verdict, Verdict::Maybe);
    assert_eq!(p.evaluate(&a, d(2025, 7, 1)).verdict, Verdict::Likely);
    assert_eq!(p.amount(d(2025, 7, 1)).map(|t| t.value), Some(2500));
}

// ----- random households -----

fn date_in(from: Date, days: i64) -> impl Strategy<Value = Date> {
    (0..days).prop_map(move |n| {
        from.checked_add(jiff::Span::new().days(n))
            .expect("in range")
    })
}

fn value_for(fact: Fact, member: bool) -> BoxedStrategy<Value> {
    match fact.kind() {
        FactType::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        FactType::Date => date_in(d(2005, 1, 1), 7700).prop_map(Value::Date).boxed(),
        FactType::Code(CodeSet::Relationship) => {
            let lo = u8::from(member);
            (lo..6u8).prop_map(Value::Code).boxed()
        }
        FactType::Code(set) => {
            // Mostly Ohio (the demo city), sometimes any state.
            let oh = set.index_of("OH").expect("OH");
            let n = set.codes().len() as u8;
            prop_oneof![3 => Just(Value::Code(oh)), 1 => (0..n).prop_map(Value::Code)].boxed()
        }
        _ => {
            let (lo, hi): (i64, i64) = match fact {
                Fact::Age => (0, 90),
                Fact::HouseholdSize => (1, 8),
                Fact::HouseholdAnnualIncome => (0, 250_000),
                Fact::DaysOutsideUsLast5Years => (0, 1500),
                Fact::DaysOutsideUsLast3Years => (0, 1000),
                _ => (0, 800),
            };
            (lo..=hi).prop_map(Value::Int).boxed()
        }
    }
}

fn person_values(member: bool) -> impl Strategy<Value = Vec<(Fact, Value)>> {
    Fact::ALL
        .iter()
        .copied()
        .filter(|f| !f.is_derived())
        .filter(|f| {
            if member {
                f.scope() == Scope::Person
            } else {
                *f != Fact::Relationship
            }
        })
        .map(|f| value_for(f, member).prop_map(move |v| (f, v)))
        .collect::<Vec<_>>()
}

fn household() -> impl Strategy<Value = Answers> {
    (
        person_values(false),
        prop::collection::vec(person_values(true), 0..4),
    )
        .prop_map(|(resident, members)| {
            let mut a = Answers::new();
            for (f, v) in resident {
                a.set(f, v).expect("valid by construction");
            }
            for m in members {
                let mut p = Person::new();
                for (f, v) in m {
                    p.set(f, v).expect("valid by construction");
                }
                a.add_member(p);
            }
            a
        })
}

fn forget(full: &Answers, mask: &[bool], member_masks: &[Vec<bool>]) -> Answers {
    let mut a = full.clone();
    for f in Fact::ALL.iter().filter(|f| mask[f.index()]) {
        a.forget(*f);
    }
    for (m, mm) in a.members_mut().iter_mut().zip(member_masks) {
        for f in Fact::ALL.iter().filter(|f| mm[f.index()]) {
            m.forget(*f);
        }
    }
    a
}

fn masks() -> impl Strategy<Value = (Vec<bool>, Vec<Vec<bool>>)> {
    (
        prop::collection::vec(prop::bool::weighted(0.35), FACT_COUNT),
        prop::collection::vec(
            prop::collection::vec(prop::bool::weighted(0.35), FACT_COUNT),
            4,
        ),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn answering_an_unknown_never_turns_likely_into_maybe(
        full in household(),
        (mask, member_masks) in masks(),
        extra in (prop::bool::weighted(0.5), 0usize..FACT_COUNT),
        at in date_in(d(2024, 1, 1), 1200),
    ) {
        let partial = forget(&full, &mask, &member_masks);
        // Answer the unknowns one step at a time: all of them, and (sometimes) only one.
        let mut one_more = partial.clone();
        let f = Fact::ALL[extra.1];
        if extra.0 && partial.get(f).is_none() {
            if let Some(v) = full.get(f) {
                one_more.set(f, v).expect("valid");
            }
        }
        for p in shipped() {
            let before = p.evaluate(&partial, at);
            for after in [p.evaluate(&one_more, at), p.evaluate(&full, at)] {
                prop_assert!(
                    !(before.verdict == Verdict::Likely && after.verdict == Verdict::Maybe),
                    "{}: likely became maybe", p.id()
                );
                if before.verdict != Verdict::Maybe {
                    prop_assert_eq!(before.verdict, after.verdict, "{}", p.id());
                }
            }
        }
    }

    #[test]
    fn raising_income_never_turns_a_ceiling_program_from_unlikely_to_likely(
        full in household(),
        (mask, member_masks) in masks(),
        at in date_in(d(2024, 1, 1), 1200),
        low in 0i64..250_000,
        raise in 1i64..150_000,
    ) {
        let mut a = forget(&full, &mask, &member_masks);
        for p in shipped() {
            a.set(Fact::HouseholdAnnualIncome, low).expect("income");
            let at_low = p.evaluate(&a, at).verdict;
            a.set(Fact::HouseholdAnnualIncome, low + raise).expect("income");
            let at_high = p.evaluate(&a, at).verdict;
            if INCOME_FLOOR_PROGRAMS.contains(&p.id()) {
                prop_assert!(at_low <= at_high, "{}: {:?} at {} but {:?} at {}", p.id(), at_low, low, at_high, low + raise);
            } else {
                prop_assert!(
                    !(at_low == Verdict::Unlikely && at_high == Verdict::Likely),
                    "{}: unlikely at {} but likely at {}", p.id(), low, low + raise
                );
                prop_assert!(at_high <= at_low, "{}: {:?} at {} but {:?} at {}", p.id(), at_low, low, at_high, low + raise);
            }
        }
    }
}
