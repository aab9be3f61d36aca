//! Property tests over random rule trees and random households:
//! - answering an unknown never changes a decided verdict (so never likely → maybe);
//! - `maybe` only ever needs questions that are still unanswered;
//! - raising income never turns an income-ceiling rule from unlikely to likely (nor lowers
//!   any verdict's standing the other way);
//! - the fast path and the explanation agree; `not not` is the identity.

mod rules_common;

use std::sync::Arc;

use jiff::civil::Date;
use proptest::prelude::*;
use puerta_domain::rules::{
    Answers, CodeSet, Fact, FactType, ParameterSet, Person, Program, Rule, RuleKind, RuleSpec,
    Scope, Value, Verdict, FACT_COUNT,
};
use rules_common::{d, params, program};

const LEAVES: &[&str] = &[
    "is_true: married",
    "is_false: lives_in_city",
    "is_true: military_service",
    "is_true: receives_means_tested_benefit",
    "compare: {fact: age, op: at_least, param: n400.general.min_age_at_filing}",
    "compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.fee_waiver.max_pct_fpg}",
    "compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.n400.reduced_fee.max_pct_fpg}",
    "compare: {fact: years_as_permanent_resident, op: at_least, param: n400.general.lpr_years_required}",
    "one_of: {fact: state, values: [AK, HI, CA]}",
    "one_of: {fact: relationship, values: [self, child]}",
    "elapsed: {since: permanent_resident_since, at_least: n400.general.lpr_years_required, early_by: n400.early_filing.days_before_residence_anniversary}",
    "elapsed: {since: married_to_citizen_since, at_least: n400.spouse.married_and_living_in_marital_union_years}",
    "elapsed: {since: lives_in_state_since, at_least: n400.general.state_or_uscis_district_residence_months}",
    "physical_presence: {days_outside: days_outside_us_last_5y, at_least: n400.general.physical_presence_min_days}",
    "physical_presence: {days_outside: days_outside_us_last_3y, at_least: n400.spouse.physical_presence_min_days}",
    "continuous_residence: {longest_trip: longest_trip_days_last_5y, presumption_over: n400.absence.presumption_over_months, break_at: n400.absence.break_at_years}",
    "compare: {fact: household_annual_income, op: at_least, param: uscis.n400.fee.paper}",
];

/// Index of the one leaf that rises with income (excluded from ceiling rules).
const INCOME_FLOOR_LEAF: usize = 16;

fn leaf(i: usize) -> RuleSpec {
    RuleSpec::from_yaml(LEAVES[i]).expect("leaf parses")
}

fn group(all: bool, children: Vec<RuleSpec>) -> RuleSpec {
    RuleSpec::new(if all {
        RuleKind::All(children)
    } else {
        RuleKind::Any(children)
    })
}

/// Random trees without member quantifiers; `negation` allows `not`, `review` marks nodes.
fn inner_tree(leaves: Vec<usize>, negation: bool) -> impl Strategy<Value = RuleSpec> {
    let leaf_strategy = (prop::sample::select(leaves), any::<bool>()).prop_map(|(i, review)| {
        let mut l = leaf(i);
        l.review = review && i % 3 == 0;
        l
    });
    leaf_strategy.prop_recursive(3, 24, 4, move |inner| {
        let groups = (any::<bool>(), prop::collection::vec(inner.clone(), 1..4))
            .prop_map(|(all, c)| group(all, c));
        if negation {
            prop_oneof![
                3 => groups,
                1 => inner.prop_map(|c| RuleSpec::new(RuleKind::Not(Box::new(c)))),
            ]
            .boxed()
        } else {
            groups.boxed()
        }
    })
}

/// Random trees with `any_member` / `all_members` above the inner trees.
fn tree(leaves: Vec<usize>, negation: bool) -> impl Strategy<Value = RuleSpec> {
    let inner = inner_tree(leaves.clone(), negation);
    let member = (any::<bool>(), inner_tree(leaves, negation)).prop_map(|(any, c)| {
        RuleSpec::new(if any {
            RuleKind::AnyMember(Box::new(c))
        } else {
            RuleKind::AllMembers(Box::new(c))
        })
    });
    prop_oneof![2 => inner, 1 => member].prop_recursive(2, 8, 3, move |outer| {
        let groups = (any::<bool>(), prop::collection::vec(outer.clone(), 1..3))
            .prop_map(|(all, c)| group(all, c));
        if negation {
            prop_oneof![
                3 => groups,
                1 => outer.prop_map(|c| RuleSpec::new(RuleKind::Not(Box::new(c)))),
            ]
            .boxed()
        } else {
            groups.boxed()
        }
    })
}

fn date_in(from: Date, days: i64) -> impl Strategy<Value = Date> {
    (0..days).prop_map(move |n| {
        from.checked_add(jiff::Span::new().days(n))
            .expect("in range")
    })
}

/// A random valid answer for `fact` (members never answer `self`).
fn value_for(fact: Fact, member: bool) -> BoxedStrategy<Value> {
    match fact.kind() {
        FactType::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        FactType::Date => date_in(d(2005, 1, 1), 7700).prop_map(Value::Date).boxed(),
        FactType::Code(CodeSet::Relationship) => {
            let lo = if member { 1u8 } else { 0 };
            (lo..6u8).prop_map(Value::Code).boxed()
        }
        FactType::Code(set) => (0..set.codes().len() as u8).prop_map(Value::Code).boxed(),
        _ => {
            let (lo, hi): (i64, i64) = match fact {
                Fact::Age => (0, 90),
                Fact::HouseholdSize => (1, 6),
                Fact::HouseholdAnnualIncome => (0, 150_000),
                Fact::DaysOutsideUsLast5Years => (0, 1500),
                Fact::DaysOutsideUsLast3Years => (0, 1000),
                _ => (0, 800),
            };
            (lo..=hi).prop_map(Value::Int).boxed()
        }
    }
}

fn answerable(scope: Option<Scope>) -> Vec<Fact> {
    Fact::ALL
        .iter()
        .copied()
        .filter(|f| !f.is_derived() && scope.is_none_or(|s| f.scope() == s))
        .collect()
}

fn person_values(member: bool) -> impl Strategy<Value = Vec<(Fact, Value)>> {
    let facts = if member {
        answerable(Some(Scope::Person))
    } else {
        answerable(None)
            .into_iter()
            .filter(|f| *f != Fact::Relationship)
            .collect()
    };
    facts
        .into_iter()
        .map(|f| value_for(f, member).prop_map(move |v| (f, v)))
        .collect::<Vec<_>>()
}

/// Fully answered households (resident + 0..3 members).
fn household() -> impl Strategy<Value = Answers> {
    (
        person_values(false),
        prop::collection::vec(person_values(true), 0..3),
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

/// The same household with some answers forgotten (`mask[i]` = forget fact i).
fn masked(full: &Answers, mask: &[bool], member_masks: &[Vec<bool>]) -> Answers {
    let mut a = full.clone();
    for f in Fact::ALL {
        if mask[f.index()] {
            a.forget(*f);
        }
    }
    for (m, mm) in a.members_mut().iter_mut().zip(member_masks) {
        for f in Fact::ALL {
            if mm[f.index()] {
                m.forget(*f);
            }
        }
    }
    a
}

fn as_of() -> impl Strategy<Value = Date> {
    date_in(d(2017, 1, 1), 3650)
}

fn shared_params() -> Arc<ParameterSet> {
    use std::sync::OnceLock;
    static PARAMS: OnceLock<Arc<ParameterSet>> = OnceLock::new();
    Arc::clone(PARAMS.get_or_init(params))
}

fn compile(spec: &RuleSpec) -> Option<Rule> {
    Rule::compile(spec, &shared_params()).ok()
}

fn masks() -> impl Strategy<Value = (Vec<bool>, Vec<Vec<bool>>)> {
    (
        prop::collection::vec(prop::bool::weighted(0.3), FACT_COUNT),
        prop::collection::vec(
            prop::collection::vec(prop::bool::weighted(0.3), FACT_COUNT),
            3,
        ),
    )
}

fn all_leaves() -> Vec<usize> {
    (0..LEAVES.len()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn answering_never_changes_a_decided_verdict(
        spec in tree(all_leaves(), true),
        full in household(),
        (mask, member_masks) in masks(),
        at in as_of(),
    ) {
        let Some(rule) = compile(&spec) else { return Ok(()) };
        let partial = masked(&full, &mask, &member_masks);
        let before = rule.evaluate(&partial, at);
        let after = rule.evaluate(&full, at);
        if before.verdict != Verdict::Maybe {
            prop_assert_eq!(before.verdict, after.verdict);
        }
        // In particular: likely never becomes maybe.
        prop_assert!(!(before.verdict == Verdict::Likely && after.verdict == Verdict::Maybe));
        // A fully answered household needs nothing (maybe only for review / borderline cases).
        prop_assert!(after.needs.iter().all(|f| {
            f.scope() == Scope::Person || f == Fact::HouseholdSize
        }), "full answers still need {:?}", after.needs);
    }

    #[test]
    fn maybe_needs_only_unanswered_questions(
        spec in tree(all_leaves(), true),
        full in household(),
        (mask, member_masks) in masks(),
        at in as_of(),
    ) {
        let Some(rule) = compile(&spec) else { return Ok(()) };
        let a = masked(&full, &mask, &member_masks);
        let o = rule.evaluate(&a, at);
        if o.verdict != Verdict::Maybe {
            prop_assert!(o.needs.is_empty());
        }
        let listed = 1 + a.members().len() as i64;
        let unlisted = !matches!(a.get(Fact::HouseholdSize), Some(Value::Int(n)) if n <= listed);
        for f in o.needs.iter() {
            let unknown_somewhere = a.get(f).is_none()
                || (f.scope() == Scope::Person
                    && (unlisted || a.members().iter().any(|m| m.get(f).is_none())));
            prop_assert!(unknown_somewhere, "needs {} which is answered", f.id());
        }
    }

    #[test]
    fn explanation_agrees_with_evaluation(
        spec in tree(all_leaves(), true),
        full in household(),
        (mask, member_masks) in masks(),
        at in as_of(),
    ) {
        let Some(rule) = compile(&spec) else { return Ok(()) };
        let a = masked(&full, &mask, &member_masks);
        let e = rule.explain(&a, at);
        prop_assert_eq!(rule.evaluate(&a, at), e.outcome());
        prop_assert!(!e.reasons().is_empty());
        prop_assert!(e.walk().iter().all(|c| c.message.starts_with("rule-")));
    }

    #[test]
    fn double_negation_keeps_the_verdict(
        spec in tree(all_leaves(), true),
        full in household(),
        (mask, member_masks) in masks(),
        at in as_of(),
    ) {
        let not_not = RuleSpec::new(RuleKind::Not(Box::new(RuleSpec::new(RuleKind::Not(Box::new(spec.clone()))))));
        let (Some(rule), Some(twice)) = (compile(&spec), compile(&not_not)) else { return Ok(()) };
        let a = masked(&full, &mask, &member_masks);
        prop_assert_eq!(rule.evaluate(&a, at), twice.evaluate(&a, at));
    }

    #[test]
    fn raising_income_never_helps_an_income_ceiling_rule(
        spec in tree((0..LEAVES.len()).filter(|i| *i != INCOME_FLOOR_LEAF).collect(), false),
        full in household(),
        (mask, member_masks) in masks(),
        at in as_of(),
        low in 0i64..200_000,
        raise in 1i64..100_000,
    ) {
        let Some(rule) = compile(&spec) else { return Ok(()) };
        let mut a = masked(&full, &mask, &member_masks);
        a.set(Fact::HouseholdAnnualIncome, low).expect("income");
        let before = rule.evaluate(&a, at).verdict;
        a.set(Fact::HouseholdAnnualIncome, low + raise).expect("income");
        let after = rule.evaluate(&a, at).verdict;
        prop_assert!(after <= before, "{:?} at {} became {:?} at {}", before, low, after, low + raise);
    }

    #[test]
    fn raising_income_never_helps_the_shipped_fee_programs(
        full in household(),
        (mask, member_masks) in masks(),
        at in date_in(d(2024, 4, 1), 1200),
        low in 0i64..200_000,
        raise in 1i64..100_000,
    ) {
        for p in fee_programs() {
            let mut a = masked(&full, &mask, &member_masks);
            a.set(Fact::HouseholdAnnualIncome, low).expect("income");
            let before = p.evaluate(&a, at).verdict;
            a.set(Fact::HouseholdAnnualIncome, low + raise).expect("income");
            let after = p.evaluate(&a, at).verdict;
            prop_assert!(
                !(before == Verdict::Unlikely && after == Verdict::Likely),
                "{}: unlikely at {} but likely at {}", p.id(), low, low + raise
            );
            prop_assert!(after <= before, "{}: {:?} became {:?}", p.id(), before, after);
        }
    }
}

fn fee_programs() -> &'static [Program] {
    use std::sync::OnceLock;
    static PROGRAMS: OnceLock<Vec<Program>> = OnceLock::new();
    PROGRAMS.get_or_init(|| {
        vec![
            program("n400-fee-waiver.yaml"),
            program("n400-reduced-fee.yaml"),
        ]
    })
}

/// Parameters with a percent threshold that prescribes no comparison, so every operator can
/// be tested against the poverty guidelines.
fn params_with_free_percent() -> Arc<ParameterSet> {
    use std::sync::OnceLock;
    static PARAMS: OnceLock<Arc<ParameterSet>> = OnceLock::new();
    Arc::clone(PARAMS.get_or_init(|| {
        let mut set = ParameterSet::from_facts_yaml(&rules_common::facts_text()).expect("facts");
        set.add_parameters_yaml(
            "schema_version: 1
parameters:
  - id: test.pct_138
    unit: percent
    rows: [{value: 138, effective_from: 2024-01-01, source: [income-partners-fpg-2025]}]
",
        )
        .expect("test parameter");
        Arc::new(set)
    }))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// With state or household size unknown the guideline is a range; a verdict decided on
    /// the range must be the verdict for every state and size. Incomes are drawn close to the
    /// limits of every region, where a wrong bound would show.
    #[test]
    fn poverty_guideline_ranges_are_sound(
        op in prop::sample::select(vec!["at_most", "less_than", "at_least", "greater_than", "equals"]),
        size in 1i64..7,
        state in prop::sample::select(vec!["TX", "AK", "HI", "DC"]),
        near_size in 1i64..7,
        near_region in 0usize..3,
        delta in -400i64..400,
        at in prop::sample::select(vec![d(2025, 6, 1), d(2026, 6, 1)]),
        forget in (any::<bool>(), any::<bool>()),
    ) {
        let params = params_with_free_percent();
        let yaml = format!("compare: {{fact: household_income_pct_fpg, op: {op}, param: test.pct_138}}");
        let rule = Rule::from_yaml(&yaml, &params).expect("compiles");
        let table = params.poverty_guidelines(at).expect("table");
        let region = puerta_domain::rules::Region::ALL[near_region];
        let income = (table.guideline(region, near_size) * 138 / 100 + delta).max(0);

        let mut full = Answers::new();
        full.set(Fact::HouseholdSize, size).expect("size");
        full.set_code(Fact::State, state).expect("state");
        full.set(Fact::HouseholdAnnualIncome, income).expect("income");
        let mut partial = full.clone();
        if forget.0 { partial.forget(Fact::State); }
        if forget.1 { partial.forget(Fact::HouseholdSize); }
        let before = rule.evaluate(&partial, at);
        let after = rule.evaluate(&full, at);
        prop_assert_ne!(after.verdict, Verdict::Maybe);
        if before.verdict != Verdict::Maybe {
            prop_assert_eq!(before.verdict, after.verdict, "{} income {} size {} {}", op, income, size, state);
        }
    }
}
