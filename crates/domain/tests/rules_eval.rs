//! Evaluation and explanation: Kleene three-valued logic, needs, the naturalization date
//! arithmetic against USCIS's worked example, household members, and explanations.

mod rules_common;

use puerta_domain::rules::{
    AnswerError, Answers, ArgValue, Fact, Flag, Outcome, Person, PersonRef, Value, Verdict,
};
use rules_common::{answers, d, facts_text, rule};

/// Reference Kleene logic over Option<bool>.
fn k_and(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

fn k_or(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    k_and(a.map(|x| !x), b.map(|x| !x)).map(|x| !x)
}

fn verdict(v: Option<bool>) -> Verdict {
    match v {
        Some(true) => Verdict::Likely,
        Some(false) => Verdict::Unlikely,
        None => Verdict::Maybe,
    }
}

#[test]
fn all_any_not_follow_kleene_logic() {
    let r = rule(
        "any:
  - all: [{is_true: married}, {is_true: lives_in_city}]
  - not: {is_true: military_service}",
    );
    let values = [Some(true), Some(false), None];
    for a in values {
        for b in values {
            for c in values {
                let mut ans = Answers::new();
                for (fact, v) in [
                    (Fact::Married, a),
                    (Fact::LivesInCity, b),
                    (Fact::MilitaryService, c),
                ] {
                    if let Some(v) = v {
                        ans.set(fact, v).expect("bool");
                    }
                }
                let expected = k_or(k_and(a, b), c.map(|x| !x));
                let got = r.evaluate(&ans, d(2025, 1, 1));
                assert_eq!(got.verdict, verdict(expected), "{a:?} {b:?} {c:?}");
                assert_eq!(got, r.explain(&ans, d(2025, 1, 1)).outcome());
                if got.verdict == Verdict::Maybe {
                    // Needs name exactly the unknown facts that could still decide it.
                    let mut want = Vec::new();
                    if a.is_none() && b != Some(false) {
                        want.push(Fact::Married);
                    }
                    if b.is_none() && a != Some(false) {
                        want.push(Fact::LivesInCity);
                    }
                    if c.is_none() {
                        want.push(Fact::MilitaryService);
                    }
                    want.sort();
                    assert_eq!(
                        got.needs.iter().collect::<Vec<_>>(),
                        want,
                        "{a:?} {b:?} {c:?}"
                    );
                } else {
                    assert!(got.needs.is_empty());
                }
            }
        }
    }
}

#[test]
fn unlikely_only_when_an_answered_criterion_fails() {
    let r = rule("all: [{is_true: married}, {is_false: facing_removal_proceedings}]");
    let none = Answers::new();
    assert_eq!(r.evaluate(&none, d(2025, 1, 1)).verdict, Verdict::Maybe);
    let mut a = Answers::new();
    a.set(Fact::Married, true).expect("set");
    let o = r.evaluate(&a, d(2025, 1, 1));
    assert_eq!(o.verdict, Verdict::Maybe);
    assert_eq!(o.needs.ids(), vec!["facing_removal_proceedings"]);
    a.set(Fact::FacingRemovalProceedings, true).expect("set");
    let o = r.evaluate(&a, d(2025, 1, 1));
    assert_eq!(o, Outcome::UNLIKELY);
    let e = r.explain(&a, d(2025, 1, 1));
    assert_eq!(e.reasons(), vec!["rule-is-false"]);
}

#[test]
fn uscis_early_filing_example_from_the_facts_file() {
    // naturalization_n400.early_filing.golden_example, read from the shipped file.
    let facts: serde_json::Value = serde_saphyr::from_str(&facts_text()).expect("parses");
    let ex = &facts["naturalization_n400"]["early_filing"]["golden_example"];
    let lpr: jiff::civil::Date = ex["lpr_since"]
        .as_str()
        .expect("date")
        .parse()
        .expect("date");
    let earliest: jiff::civil::Date = ex["earliest_filing_date"]
        .as_str()
        .expect("date")
        .parse()
        .expect("date");
    assert_eq!((lpr, earliest), (d(2013, 7, 4), d(2018, 4, 5)));

    let r = rule(
        "elapsed:
  since: permanent_resident_since
  at_least: n400.general.lpr_years_required
  early_by: n400.early_filing.days_before_residence_anniversary",
    );
    let mut a = Answers::new();
    a.set(Fact::PermanentResidentSince, lpr).expect("date");
    let on = r.explain(&a, earliest);
    assert_eq!(on.verdict, Verdict::Likely);
    assert_eq!(on.arg("date"), Some(&ArgValue::Date(earliest)));
    assert_eq!(on.arg("period"), Some(&ArgValue::Number(5)));
    assert_eq!(on.arg("early-days"), Some(&ArgValue::Number(90)));
    assert_eq!(on.message, "rule-elapsed-since");
    let params: Vec<&str> = on.thresholds.iter().map(|t| t.parameter.as_str()).collect();
    assert_eq!(
        params,
        vec![
            "n400.general.lpr_years_required",
            "n400.early_filing.days_before_residence_anniversary"
        ]
    );
    assert!(on.thresholds[1]
        .sources
        .contains(&"uscis-early-filing".to_string()));

    let before = r.explain(&a, d(2018, 4, 4));
    assert_eq!(before.verdict, Verdict::Unlikely);
    assert_eq!(before.arg("date"), Some(&ArgValue::Date(earliest)));
    // The five-year anniversary itself (without the 90 days) is 2018-07-04.
    let plain = rule(
        "elapsed: {since: permanent_resident_since, at_least: n400.general.lpr_years_required}",
    );
    assert_eq!(
        plain.explain(&a, d(2018, 1, 1)).arg("date"),
        Some(&ArgValue::Date(d(2018, 7, 4)))
    );
}

#[test]
fn a_29_february_anniversary_falls_on_28_february() {
    let r = rule(
        "elapsed: {since: permanent_resident_since, at_least: n400.spouse.lpr_years_required}",
    );
    let mut a = Answers::new();
    a.set(Fact::PermanentResidentSince, d(2020, 2, 29))
        .expect("date");
    let e = r.explain(&a, d(2023, 2, 28));
    assert_eq!(e.arg("date"), Some(&ArgValue::Date(d(2023, 2, 28))));
    assert_eq!(e.verdict, Verdict::Likely);
}

#[test]
fn years_as_permanent_resident_is_derived_from_the_date() {
    let r = rule("compare: {fact: years_as_permanent_resident, op: at_least, param: n400.general.lpr_years_required}");
    let mut a = Answers::new();
    let o = r.evaluate(&a, d(2020, 1, 1));
    assert_eq!(o.needs.ids(), vec!["permanent_resident_since"]);
    a.set(Fact::PermanentResidentSince, d(2015, 1, 2))
        .expect("date");
    assert_eq!(r.evaluate(&a, d(2020, 1, 1)).verdict, Verdict::Unlikely);
    assert_eq!(r.evaluate(&a, d(2020, 1, 2)).verdict, Verdict::Likely);
    assert_eq!(
        r.explain(&a, d(2020, 1, 2)).arg("value"),
        Some(&ArgValue::Number(5))
    );
    // Derived facts cannot be answered directly.
    let err = a
        .set(Fact::YearsAsPermanentResident, 7)
        .map(|_| ())
        .unwrap_err();
    assert_eq!(err, AnswerError::Derived("years_as_permanent_resident"));
}

#[test]
fn physical_presence_counts_calendar_days_of_the_window() {
    let r = rule("physical_presence: {days_outside: days_outside_us_last_5y, at_least: n400.general.physical_presence_min_days}");
    let mut a = Answers::new();
    // 2015-03-01 .. 2020-03-01 has two leap days: 1827 days; 1827 - 914 = 913 present.
    a.set(Fact::DaysOutsideUsLast5Years, 914).expect("days");
    let e = r.explain(&a, d(2020, 3, 1));
    assert_eq!(e.arg("window-days"), Some(&ArgValue::Number(1827)));
    assert_eq!(e.arg("days-present"), Some(&ArgValue::Number(913)));
    assert_eq!(e.verdict, Verdict::Likely);
    // 2014-01-01 .. 2019-01-01 has one: 1826 days.
    assert_eq!(r.evaluate(&a, d(2019, 1, 1)).verdict, Verdict::Unlikely);
    a.set(Fact::DaysOutsideUsLast5Years, 2000)
        .map(|_| ())
        .expect_err("out of range");
}

#[test]
fn continuous_residence_bands_follow_the_calendar() {
    let r = rule(
        "continuous_residence:
  longest_trip: longest_trip_days_last_5y
  presumption_over: n400.absence.presumption_over_months
  break_at: n400.absence.break_at_years",
    );
    // 6 months are 181..=184 days, 1 year 365..=366 days.
    for (days, verdict, band) in [
        (0, Verdict::Likely, "short"),
        (181, Verdict::Likely, "short"),
        (182, Verdict::Maybe, "presumption"),
        (300, Verdict::Maybe, "presumption"),
        (364, Verdict::Maybe, "presumption"),
        (365, Verdict::Maybe, "possible-break"),
        (366, Verdict::Unlikely, "break"),
        (900, Verdict::Unlikely, "break"),
    ] {
        let mut a = Answers::new();
        a.set(Fact::LongestTripDaysLast5Years, days).expect("days");
        let e = r.explain(&a, d(2025, 1, 1));
        assert_eq!(e.verdict, verdict, "{days}");
        assert_eq!(e.arg("band"), Some(&ArgValue::Text(band.into())), "{days}");
        assert_eq!(
            e.flags.contains(&Flag::Review),
            verdict == Verdict::Maybe,
            "{days}"
        );
        assert!(e.needs.is_empty());
    }
}

#[test]
fn income_explanation_carries_values_threshold_and_sources() {
    let r = rule("compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.n400.reduced_fee.max_pct_fpg}");
    let a = answers("{household_size: 3, household_annual_income: 53300, state: OH}");
    let e = r.explain(&a, d(2025, 6, 1));
    assert_eq!(e.message, "rule-income-at-most-fpg-percent");
    assert_eq!(e.verdict, Verdict::Likely);
    assert_eq!(e.arg("guideline"), Some(&ArgValue::Usd(26_650)));
    assert_eq!(e.arg("percent"), Some(&ArgValue::Percent(200.0)));
    assert_eq!(e.arg("limit"), Some(&ArgValue::Usd(106_600)));
    assert_eq!(
        e.arg("region"),
        Some(&ArgValue::Text("contiguous_48_and_dc".into()))
    );
    let fpg = &e.thresholds[0];
    assert_eq!(fpg.parameter, "hhs.poverty_guidelines");
    assert_eq!(fpg.effective_from, Some(d(2025, 1, 15)));
    assert!(fpg.sources.contains(&"fr-2025-fpg".to_string()));
    let pct = &e.thresholds[1];
    assert_eq!(pct.parameter, "uscis.n400.reduced_fee.max_pct_fpg");
    assert_eq!(pct.value, 400);
    assert!(!pct.unverified);
    assert!(pct
        .note
        .as_deref()
        .is_some_and(|n| n.contains("borderline")));

    // One decimal, rounded half up: 1/3 of the guideline is 33.3%.
    let a = answers("{household_size: 1, household_annual_income: 5217, state: OH}");
    assert_eq!(
        r.explain(&a, d(2025, 6, 1)).arg("percent"),
        Some(&ArgValue::Percent(33.3))
    );
}

#[test]
fn members_include_the_resident_and_unlisted_members_are_unknown() {
    let any = rule("any_member: {is_true: receives_means_tested_benefit}");
    let all = rule(
        "all_members: {compare: {fact: age, op: at_least, param: n400.general.min_age_at_filing}}",
    );
    let at = d(2025, 1, 1);

    let mut a = Answers::new();
    a.set(Fact::ReceivesMeansTestedBenefit, false).expect("set");
    // Household size unknown: there may be other members.
    let o = any.evaluate(&a, at);
    assert_eq!(o.verdict, Verdict::Maybe);
    assert_eq!(
        o.needs.ids(),
        vec!["receives_means_tested_benefit", "household_size"]
    );
    a.set(Fact::HouseholdSize, 1).expect("set");
    assert_eq!(any.evaluate(&a, at).verdict, Verdict::Unlikely);

    a.set(Fact::HouseholdSize, 3).expect("set");
    let mut child = Person::new();
    child
        .set(Fact::ReceivesMeansTestedBenefit, true)
        .expect("person fact");
    child.set(Fact::Age, 9).expect("person fact");
    child.set_code(Fact::Relationship, "child").expect("code");
    assert_eq!(
        child.set(Fact::HouseholdSize, 2).map(|_| ()),
        Err(AnswerError::NotAPersonFact("household_size"))
    );
    a.add_member(child);
    let e = any.explain(&a, at);
    assert_eq!(e.verdict, Verdict::Likely);
    let people: Vec<Option<PersonRef>> = e.children.iter().map(|c| c.person).collect();
    assert_eq!(
        people,
        vec![
            Some(PersonRef::Resident),
            Some(PersonRef::Member(0)),
            Some(PersonRef::Unlisted)
        ]
    );

    a.set(Fact::Age, 40).expect("age");
    let o = all.evaluate(&a, at);
    assert_eq!(o.verdict, Verdict::Unlikely, "the child is 9");
    a.members_mut()[0].set(Fact::Age, 19).expect("age");
    let o = all.evaluate(&a, at);
    assert_eq!(o.verdict, Verdict::Maybe, "a third member is not described");
    assert_eq!(o.needs.ids(), vec!["age"]);
    a.set(Fact::HouseholdSize, 2).expect("size");
    assert_eq!(all.evaluate(&a, at).verdict, Verdict::Likely);
}

#[test]
fn review_turns_likely_into_maybe_and_says_why() {
    let r = rule("is_true: extreme_financial_hardship\nreview: true\nmessage: rule-hardship");
    let mut a = Answers::new();
    a.set(Fact::ExtremeFinancialHardship, true).expect("set");
    let e = r.explain(&a, d(2025, 1, 1));
    assert_eq!(e.verdict, Verdict::Maybe);
    assert_eq!(e.flags, vec![Flag::Review]);
    assert!(e.needs.is_empty());
    assert_eq!(e.reasons(), vec!["rule-hardship"]);
    a.set(Fact::ExtremeFinancialHardship, false).expect("set");
    assert_eq!(r.evaluate(&a, d(2025, 1, 1)).verdict, Verdict::Unlikely);
}

#[test]
fn answers_parse_from_yaml_and_json_and_are_checked() {
    let a = answers(
        "age: 41
state: ca
household_size: 3
permanent_resident_since: 2019-05-01
married: null
members:
  - {relationship: spouse, age: 40, receives_means_tested_benefit: true}",
    );
    assert_eq!(a.get(Fact::Age), Some(Value::Int(41)));
    assert_eq!(
        a.get(Fact::PermanentResidentSince),
        Some(Value::Date(d(2019, 5, 1)))
    );
    assert_eq!(a.get(Fact::Married), None);
    assert_eq!(a.members().len(), 1);
    let j: Answers = serde_json::from_str(r#"{"age": 41, "state": "CA", "household_size": 3,
        "permanent_resident_since": "2019-05-01",
        "members": [{"relationship": "spouse", "age": 40, "receives_means_tested_benefit": true}]}"#)
    .expect("json");
    assert_eq!(j, a);

    for (bad, needle) in [
        ("shoe_size: 9", "unknown fact"),
        ("age: -1", "between"),
        ("age: forty", "expects years"),
        ("married: 1", "expects yes/no"),
        ("state: ZZ", "no code"),
        ("household_income_pct_fpg: 120", "computed"),
        ("permanent_resident_since: 2019-13-01", "expects date"),
        ("members: [{state: CA}]", "household fact"),
    ] {
        let err = serde_saphyr::from_str::<Answers>(bad)
            .expect_err(bad)
            .to_string();
        assert!(err.contains(needle), "{bad}: {err}");
    }
}

#[test]
fn debug_output_never_shows_answer_values() {
    let a = answers("{age: 41, household_annual_income: 987654, permanent_resident_since: 2011-11-11, members: [{age: 77}]}");
    let shown = format!("{a:?}");
    for secret in ["41", "987654", "2011", "77"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert!(shown.contains("household_annual_income"));
}

#[test]
fn no_parameter_in_force_is_maybe_not_unlikely() {
    let r = rule("compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.fee_waiver.max_pct_fpg}");
    let a = answers("{household_size: 1, household_annual_income: 99999999, state: TX}");
    let o = r.evaluate(&a, d(2020, 1, 1));
    assert_eq!(o.verdict, Verdict::Maybe);
    assert!(o.flags.contains(Flag::NoParameter));
}
