//! Validation: a rule is checked once against the fact catalogue and the parameters, and
//! refused with a path to the faulty node.

mod rules_common;

use puerta_domain::rules::{
    Fact, FactType, Rule, RuleErrorKind, RuleKind, RuleSpec, MAX_DEPTH, MAX_NODES,
};
use rules_common::params;

fn errors(yaml: &str) -> Vec<(String, RuleErrorKind)> {
    match Rule::from_yaml(yaml, &params()) {
        Ok(_) => panic!("accepted: {yaml}"),
        Err(e) => e.0.into_iter().map(|e| (e.path, e.kind)).collect(),
    }
}

fn first(yaml: &str) -> RuleErrorKind {
    errors(yaml).remove(0).1
}

#[test]
fn unknown_facts_and_parameters_are_refused_with_their_path() {
    let errs = errors(
        "all:
  - is_true: lives_in_city
  - is_true: likes_cats
  - compare: {fact: age, op: at_least, param: n400.general.min_age_at_fling}",
    );
    assert_eq!(
        errs,
        vec![
            (
                "rule.all[1].is_true".to_string(),
                RuleErrorKind::UnknownFact("likes_cats".into())
            ),
            (
                "rule.all[2].compare".to_string(),
                RuleErrorKind::UnknownParameter("n400.general.min_age_at_fling".into())
            ),
        ]
    );
}

#[test]
fn type_and_unit_mismatches_are_refused() {
    assert!(matches!(
        first("is_true: household_size"),
        RuleErrorKind::FactType {
            expected: "yes/no",
            found: "count",
            ..
        }
    ));
    assert!(matches!(
        first("compare: {fact: married, op: at_least, param: n400.general.min_age_at_filing}"),
        RuleErrorKind::FactType {
            found: "yes/no",
            ..
        }
    ));
    // Age (years) against a dollar amount.
    assert!(matches!(
        first("compare: {fact: age, op: at_least, param: uscis.n400.fee.paper}"),
        RuleErrorKind::ParameterUnit {
            expected: "years",
            found: "usd",
            ..
        }
    ));
    // Income in dollars against a percent: the percent needs household_income_pct_fpg.
    assert!(matches!(
        first("compare: {fact: household_annual_income, op: at_most, param: uscis.fee_waiver.max_pct_fpg}"),
        RuleErrorKind::ParameterUnit { expected: "usd", found: "percent", .. }
    ));
    assert!(matches!(
        first("elapsed: {since: age, at_least: n400.general.lpr_years_required}"),
        RuleErrorKind::FactType {
            expected: "a date",
            ..
        }
    ));
    assert!(matches!(
        first("elapsed: {since: permanent_resident_since, at_least: uscis.n400.fee.paper}"),
        RuleErrorKind::ParameterUnit { .. }
    ));
    assert!(matches!(
        first("physical_presence: {days_outside: permanent_resident_since, at_least: n400.general.physical_presence_min_days}"),
        RuleErrorKind::FactType { expected: "days", .. }
    ));
    assert!(matches!(
        first("one_of: {fact: state, values: [CA, XX]}"),
        RuleErrorKind::UnknownCode { .. }
    ));
    assert!(matches!(
        first("one_of: {fact: married, values: [CA]}"),
        RuleErrorKind::FactType {
            expected: "a code",
            ..
        }
    ));
}

#[test]
fn a_comparison_other_than_the_sources_is_refused() {
    // USCIS: "at or below 400%". A rule saying "less than" would drop the borderline case.
    assert!(matches!(
        first("compare: {fact: household_income_pct_fpg, op: less_than, param: uscis.n400.reduced_fee.max_pct_fpg}"),
        RuleErrorKind::Comparison { prescribed: "at_most", found: "less_than", .. }
    ));
    assert!(Rule::from_yaml(
        "compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.n400.reduced_fee.max_pct_fpg}",
        &params()
    )
    .is_ok());
}

fn nested_not(depth: usize) -> String {
    let mut yaml = "is_true: married".to_string();
    for _ in 1..depth {
        yaml = format!("not: {{{yaml}}}");
    }
    yaml
}

#[test]
fn depth_over_8_is_refused() {
    assert_eq!(MAX_DEPTH, 8);
    assert!(Rule::from_yaml(&nested_not(8), &params()).is_ok());
    assert_eq!(
        first(&nested_not(9)),
        RuleErrorKind::TooDeep { found: 9, max: 8 }
    );
}

#[test]
fn more_than_64_nodes_are_refused() {
    assert_eq!(MAX_NODES, 64);
    let leaves = |n: usize| {
        let items = vec!["{is_true: married}"; n].join(", ");
        format!("any: [{items}]")
    };
    assert!(
        Rule::from_yaml(&leaves(63), &params()).is_ok(),
        "63 leaves + root = 64"
    );
    assert_eq!(
        first(&leaves(64)),
        RuleErrorKind::TooManyNodes { found: 65, max: 64 }
    );
}

#[test]
fn structural_mistakes_are_refused() {
    assert_eq!(first("all: []"), RuleErrorKind::Empty("all"));
    assert!(matches!(
        first("any_member: {all_members: {is_true: receives_means_tested_benefit}}"),
        RuleErrorKind::NestedMembers("all_members")
    ));
    assert!(matches!(
        first("is_true: married\nmessage: Rule-Married"),
        RuleErrorKind::MessageKey(_)
    ));
    // The longest trip is not "total days outside in the last N years".
    assert_eq!(
        first("physical_presence: {days_outside: longest_trip_days_last_5y, at_least: n400.general.physical_presence_min_days}"),
        RuleErrorKind::NotAWindow("longest_trip_days_last_5y".into())
    );
}

#[test]
fn syntax_mistakes_are_refused_by_the_parser() {
    for bad in [
        "is_true: married\nis_false: married", // two kinds in one node
        "message: rule-x",                     // no kind
        "whenever: married",                   // unknown kind
        "compare: {fact: age, op: at_least, param: n400.general.min_age_at_filing, value: 18}", // literal threshold
        "compare: {fact: age, op: older_than, param: n400.general.min_age_at_filing}",
        "all: {is_true: married}", // not a list
    ] {
        assert!(
            matches!(first(bad), RuleErrorKind::Syntax(_)),
            "{bad}: {:?}",
            first(bad)
        );
    }
}

#[test]
fn rule_specs_round_trip_through_json() {
    let yaml = "all:
  - compare: {fact: age, op: at_least, param: n400.general.min_age_at_filing}
  - any_member: {is_true: receives_means_tested_benefit}
    review: true
  - not: {is_true: facing_removal_proceedings}
    message: rule-not-in-removal
  - elapsed: {since: permanent_resident_since, at_least: n400.general.lpr_years_required, early_by: n400.early_filing.days_before_residence_anniversary}
";
    let spec = RuleSpec::from_yaml(yaml).expect("parses");
    let json = serde_json::to_string(&spec).expect("serializes");
    let back: RuleSpec = serde_json::from_str(&json).expect("JSON parses");
    assert_eq!(spec, back);
    let RuleKind::All(children) = &spec.kind else {
        panic!("all")
    };
    assert!(children[1].review);
    assert_eq!(children[2].message.as_deref(), Some("rule-not-in-removal"));
}

#[test]
fn a_compiled_rule_lists_the_questions_it_needs() {
    let rule = Rule::from_yaml(
        "any:
  - compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.fee_waiver.max_pct_fpg}
  - compare: {fact: years_as_permanent_resident, op: at_least, param: n400.general.lpr_years_required}
  - any_member: {is_true: receives_means_tested_benefit}",
        &params(),
    )
    .expect("compiles");
    let asked: Vec<Fact> = rule.facts().iter().collect();
    assert_eq!(
        asked,
        vec![
            Fact::ReceivesMeansTestedBenefit,
            Fact::HouseholdSize,
            Fact::HouseholdAnnualIncome,
            Fact::State,
            Fact::PermanentResidentSince,
        ]
    );
    assert!(asked.iter().all(|f| !f.is_derived()));
}

#[test]
fn the_catalogue_is_consistent() {
    for (i, info) in Fact::catalogue().iter().enumerate() {
        assert_eq!(info.fact.index(), i);
        assert_eq!(Fact::from_id(info.id), Some(info.fact));
        assert!(info
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        if info.window_years.is_some() {
            assert_eq!(info.kind, FactType::Days);
        }
        assert!(!info.meaning.is_empty());
    }
}
