//! Dated parameters: the shipped facts file loads, its golden vectors hold, and the row in
//! force on the screening date is the one used.

mod rules_common;

use std::sync::Arc;

use puerta_domain::rules::{Answers, Fact, ParamError, ParameterSet, Region, Rule, Unit, Verdict};
use rules_common::{d, facts_text, params, read};
use serde_json::Value as Json;

fn facts_json() -> Json {
    serde_saphyr::from_str(&facts_text()).expect("facts file parses as a value")
}

#[test]
fn guideline_formula_reproduces_every_published_row() {
    let p = params();
    let facts = facts_json();
    let tables = facts["hhs_poverty_guidelines"]["tables"]
        .as_array()
        .expect("tables");
    let mut checked = 0;
    for t in tables {
        let year = t["year"].as_i64().expect("year");
        let table = p
            .poverty_tables()
            .iter()
            .find(|x| i64::from(x.year) == year)
            .expect("table loaded");
        for (region_key, region) in [
            ("contiguous_48_and_dc", Region::Contiguous48AndDc),
            ("alaska", Region::Alaska),
            ("hawaii", Region::Hawaii),
        ] {
            let Some(rows) = t["check_rows"][region_key].as_object() else {
                continue;
            };
            for (size, published) in rows {
                let size: i64 = size.parse().expect("size");
                assert_eq!(
                    table.guideline(region, size),
                    published.as_i64().expect("amount"),
                    "{year} {region_key} n={size}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 10, "8 rows of 2025 and 2 of 2026");

    // Spot checks written out, in case the file changes consistently but wrongly.
    let t2025 = p.poverty_guidelines(d(2025, 6, 1)).expect("2025 in force");
    assert_eq!(t2025.year, 2025);
    assert_eq!(t2025.guideline(Region::Contiguous48AndDc, 1), 15_650);
    assert_eq!(t2025.guideline(Region::Contiguous48AndDc, 8), 54_150);
    assert_eq!(t2025.guideline(Region::Contiguous48AndDc, 9), 59_650);
    assert_eq!(t2025.guideline(Region::Alaska, 1), 19_550);
    assert_eq!(t2025.guideline(Region::Hawaii, 2), 17_990 + 6_330);
    let t2026 = p.poverty_guidelines(d(2026, 6, 1)).expect("2026 in force");
    assert_eq!(t2026.guideline(Region::Contiguous48AndDc, 4), 33_000);
    assert_eq!(t2026.guideline(Region::Alaska, 3), 19_950 + 2 * 7_100);
}

/// A rule "household income at most P% of the guideline" against a percent parameter.
fn ceiling(params: &Arc<ParameterSet>, param: &str) -> Rule {
    let yaml = format!("compare: {{fact: household_income_pct_fpg, op: at_most, param: {param}}}");
    Rule::from_yaml(&yaml, params).expect("rule compiles")
}

#[test]
fn derived_150_200_400_percent_thresholds_are_the_rule_boundaries() {
    // 200% is not a shipped parameter: add one the way a city would (generic file).
    let mut set = ParameterSet::from_facts_yaml(&facts_text()).expect("facts load");
    set.add_parameters_yaml(
        "schema_version: 1
parameters:
  - id: test.pct_200
    unit: percent
    rows:
      - {value: 200, effective_from: 2025-01-15, source: [income-partners-fpg-2025], comparison: at_most}
",
    )
    .expect("test parameter loads");
    let set = Arc::new(set);
    let facts = facts_json();
    let derived = &facts["hhs_poverty_guidelines"]["derived_2025_contiguous"];
    let mut checked = 0;
    for (key, param) in [
        ("pct_150", "uscis.fee_waiver.max_pct_fpg"),
        ("pct_200", "test.pct_200"),
        ("pct_400", "uscis.n400.reduced_fee.max_pct_fpg"),
    ] {
        let rule = ceiling(&set, param);
        for (size, limit) in derived[key].as_object().expect("derived rows") {
            let size: i64 = size.parse().expect("size");
            let limit = limit.as_i64().expect("limit");
            let mut a = Answers::new();
            a.set(Fact::HouseholdSize, size)
                .and_then(|a| a.set_code(Fact::State, "OH"))
                .and_then(|a| a.set(Fact::HouseholdAnnualIncome, limit))
                .expect("answers");
            let at = rule.evaluate(&a, d(2025, 6, 1));
            assert_eq!(at.verdict, Verdict::Likely, "{key} n={size} at {limit}");
            a.set(Fact::HouseholdAnnualIncome, limit + 1)
                .expect("income");
            let over = rule.evaluate(&a, d(2025, 6, 1));
            assert_eq!(
                over.verdict,
                Verdict::Unlikely,
                "{key} n={size} at {}",
                limit + 1
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 12);
}

#[test]
fn the_row_in_force_on_the_screening_date_is_used() {
    let p = params();
    let fee = |id: &str, y, m, day| p.in_force(id, d(y, m, day)).map(|r| r.value);
    assert_eq!(fee("uscis.n400.fee.paper", 2024, 3, 31), None);
    assert_eq!(fee("uscis.n400.fee.paper", 2024, 4, 1), Some(760));
    assert_eq!(fee("uscis.n400.fee.online", 2025, 1, 1), Some(710));
    assert_eq!(fee("uscis.n400.fee.reduced", 2025, 1, 1), Some(380));
    assert_eq!(
        fee("uscis.n400.fee.military_exemption", 2025, 1, 1),
        Some(0)
    );
    // The 2026 proposal ($1,330) is `proposed` and `unverified`: never in force.
    assert_eq!(fee("uscis.n400.fee.paper", 2026, 12, 31), Some(760));
    assert!(p
        .parameters()
        .iter()
        .flat_map(|x| &x.rows)
        .all(|r| r.value != 1330 && r.value != 1280 && !r.unverified));

    assert!(p.poverty_guidelines(d(2025, 1, 14)).is_none());
    assert_eq!(
        p.poverty_guidelines(d(2025, 1, 15)).map(|t| t.year),
        Some(2025)
    );
    assert_eq!(
        p.poverty_guidelines(d(2026, 1, 12)).map(|t| t.year),
        Some(2025)
    );
    assert_eq!(
        p.poverty_guidelines(d(2026, 1, 13)).map(|t| t.year),
        Some(2026)
    );
}

#[test]
fn naturalization_periods_load_with_units_and_sources() {
    let p = params();
    let check = |id: &str, value: i64, unit: Unit| {
        let param = p.parameter(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(param.unit, unit, "{id}");
        let row = param.in_force(d(2025, 1, 1)).expect("in force");
        assert_eq!(row.value, value, "{id}");
        // The facts file gives no start date for statutory periods.
        assert_eq!(row.effective_from, None, "{id}");
        assert!(!row.sources.is_empty());
    };
    check("n400.general.min_age_at_filing", 18, Unit::Years);
    check("n400.general.lpr_years_required", 5, Unit::Years);
    check("n400.general.physical_presence_min_days", 913, Unit::Days);
    check("n400.general.physical_presence_months", 30, Unit::Months);
    check(
        "n400.general.state_or_uscis_district_residence_months",
        3,
        Unit::Months,
    );
    check("n400.spouse.lpr_years_required", 3, Unit::Years);
    check(
        "n400.spouse.married_and_living_in_marital_union_years",
        3,
        Unit::Years,
    );
    check("n400.spouse.physical_presence_min_days", 548, Unit::Days);
    check(
        "n400.early_filing.days_before_residence_anniversary",
        90,
        Unit::Days,
    );
    check("n400.absence.presumption_over_months", 6, Unit::Months);
    check("n400.absence.break_at_years", 1, Unit::Years);
    // Yes/no statements are not parameters.
    assert!(p
        .parameter("n400.spouse.spouse_us_citizen_for_whole_period")
        .is_none());
}

#[test]
fn every_source_reference_resolves_and_flags_are_kept() {
    let p = params();
    for param in p.parameters() {
        for row in &param.rows {
            for s in &row.sources {
                assert!(p.source(s).is_some(), "{}: {s}", param.id);
            }
        }
    }
    for t in p.poverty_tables() {
        for s in &t.sources {
            assert!(p.source(s).is_some(), "{}: {s}", t.year);
        }
    }
    let early = p.source("uscis-early-filing").expect("source");
    assert!(early.primary);
    assert!(early
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://www.uscis.gov/")));
    assert_eq!(
        p.source("fr-2025-fpg").and_then(|s| s.primary_seen),
        Some(false)
    );

    let t2026 = p.poverty_guidelines(d(2026, 6, 1)).expect("2026");
    assert!(
        t2026
            .region(Region::Alaska)
            .each_additional_person
            .single_source
    );
    assert!(
        t2026
            .region(Region::Hawaii)
            .each_additional_person
            .single_source
    );
    assert!(
        !t2026
            .region(Region::Contiguous48AndDc)
            .each_additional_person
            .single_source
    );
    assert!(t2026.single_source(Region::Alaska, 2));
    assert!(!t2026.single_source(Region::Alaska, 1));

    let reduced = p
        .in_force("uscis.n400.reduced_fee.max_pct_fpg", d(2025, 1, 1))
        .expect("row");
    assert_eq!(reduced.value, 400);
    assert!(reduced.borderline_at_threshold);
    assert_eq!(reduced.effective_from, Some(d(2024, 4, 1)));
}

#[test]
fn states_map_to_poverty_guideline_regions() {
    let p = params();
    assert_eq!(p.region_of_state("AK"), Some(Region::Alaska));
    assert_eq!(p.region_of_state("hi"), Some(Region::Hawaii));
    for s in ["CA", "DC", "PR", "FL", "GU"] {
        assert_eq!(p.region_of_state(s), Some(Region::Contiguous48AndDc), "{s}");
    }
    assert_eq!(p.region_of_state("XX"), None);
}

#[test]
fn a_future_fee_rule_is_a_new_row_not_an_edit() {
    let mut set = ParameterSet::from_facts_yaml(&facts_text()).expect("facts load");
    set.add_parameters_yaml(
        "schema_version: 1
sources:
  test-final-rule: {title: 'A hypothetical final rule (test only)', primary: true}
parameters:
  - id: uscis.n400.fee.paper
    unit: usd
    rows:
      - {value: 1330, effective_from: 2027-01-01, source: [test-final-rule]}
",
    )
    .expect("row added");
    assert_eq!(
        set.in_force("uscis.n400.fee.paper", d(2026, 12, 31))
            .map(|r| r.value),
        Some(760)
    );
    assert_eq!(
        set.in_force("uscis.n400.fee.paper", d(2027, 1, 1))
            .map(|r| r.value),
        Some(1330)
    );
}

fn add(text: &str) -> Result<(), ParamError> {
    let mut set = ParameterSet::from_facts_yaml(&facts_text()).expect("facts load");
    set.add_parameters_yaml(text)
}

#[test]
fn bad_parameter_files_are_refused() {
    let unverified = add("schema_version: 1
parameters:
  - id: x.fee
    unit: usd
    rows: [{value: 1, effective_from: 2027-01-01, source: [montoya-2026-nprm], unverified: true}]
");
    assert!(
        matches!(unverified, Err(ParamError::Unverified(_))),
        "{unverified:?}"
    );

    let unknown_source = add("schema_version: 1
parameters:
  - id: x.fee
    unit: usd
    rows: [{value: 1, effective_from: 2027-01-01, source: [nowhere]}]
");
    assert!(
        matches!(unknown_source, Err(ParamError::UnknownSource { .. })),
        "{unknown_source:?}"
    );

    let no_source = add("schema_version: 1
parameters:
  - id: x.fee
    unit: usd
    rows: [{value: 1, effective_from: 2027-01-01, source: []}]
");
    assert!(
        matches!(no_source, Err(ParamError::NoSource(_))),
        "{no_source:?}"
    );

    let unit = add("schema_version: 1
parameters:
  - id: uscis.n400.fee.paper
    unit: percent
    rows: [{value: 1, effective_from: 2027-01-01, source: [montoya-2026-nprm]}]
");
    assert!(
        matches!(unit, Err(ParamError::UnitConflict { .. })),
        "{unit:?}"
    );

    let duplicate = add("schema_version: 1
parameters:
  - id: uscis.n400.fee.paper
    unit: usd
    rows: [{value: 1, effective_from: 2024-04-01, source: [montoya-2026-nprm]}]
");
    assert!(
        matches!(duplicate, Err(ParamError::DuplicateRow(_))),
        "{duplicate:?}"
    );

    let typo = add("schema_version: 1
parameters:
  - id: x.fee
    unit: usd
    rows: [{value: 1, efective_from: 2027-01-01, source: [montoya-2026-nprm]}]
");
    assert!(matches!(typo, Err(ParamError::Syntax(_))), "{typo:?}");
}

#[test]
fn a_facts_file_whose_rows_contradict_the_formula_is_refused() {
    let text = facts_text();
    assert!(text.contains("2: 21150"));
    let bad = text.replacen("2: 21150", "2: 21160", 1);
    let err = ParameterSet::from_facts_yaml(&bad).expect_err("refused");
    assert!(
        matches!(
            err,
            ParamError::CheckRow {
                year: 2025,
                size: 2,
                published: 21160,
                computed: 21150,
                ..
            }
        ),
        "{err:?}"
    );

    let bad = text.replacen("source: [fr-2026-fpg]", "source: [fr-2099-fpg]", 1);
    assert!(matches!(
        ParameterSet::from_facts_yaml(&bad),
        Err(ParamError::UnknownSource { .. })
    ));

    let bad = text.replacen(
        "      value: 760\n",
        "      value: 760\n      unverified: true\n",
        1,
    );
    assert!(matches!(
        ParameterSet::from_facts_yaml(&bad),
        Err(ParamError::Unverified(_))
    ));
}

#[test]
fn the_shipped_copy_is_the_shared_facts_file() {
    // data/rules/facts-2025.yaml is shipped as-is (with its source list).
    let shipped = read("data/rules/facts-2025.yaml");
    assert!(shipped.contains("sources:"));
    assert!(shipped.contains("golden_example:"));
}
