//! Programs as data: id, name and description per locale, the rule, the directory services
//! that deliver the program, an optional amount (a fee) and test cases, all in one YAML file.
//!
//! ```yaml
//! id: n400-reduced-fee
//! name: {en: "Reduced fee for the citizenship application (N-400)", es: "..."}
//! description: {en: "...", es: "..."}
//! services:
//!   - taxonomy_term: {vocabulary: open_eligibility, code: "1381"}
//!   - service: 5b0c8a5e-0000-4000-8000-000000000000
//! amount: uscis.n400.fee.reduced
//! rule:
//!   compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.n400.reduced_fee.max_pct_fpg}
//! tests:
//!   - name: 4 people at exactly 400% in 2025
//!     as_of: 2025-06-01
//!     facts: {household_size: 4, household_annual_income: 128600, state: TX}
//!     expect:
//!       verdict: likely
//!       flags: [borderline]
//!       reasons: [rule-income-at-most-fpg-percent]
//!       args: {rule-income-at-most-fpg-percent.limit: "128600"}
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use super::compile::{Rule, RuleErrors};
use super::eval::{Flag, Outcome, Verdict};
use super::explain::{threshold, ArgValue, Explanation, Threshold};
use super::facts::{Answers, Fact};
use super::params::{ParamIdx, ParameterSet, Unit};
use super::tree::RuleSpec;

/// A directory service that delivers a program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ServiceRef {
    /// One HSDS service of this directory, by id.
    Service(Uuid),
    /// Every service classified with this taxonomy term.
    TaxonomyTerm { vocabulary: String, code: String },
}

/// What a test case expects. Lists are compared as sets; omitted items are not checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub verdict: Verdict,
    /// Message keys of the deciding criteria ([`Explanation::reasons`]).
    #[serde(default)]
    pub reasons: Option<Vec<String>>,
    /// Fact ids the program still needs (for `maybe`).
    #[serde(default)]
    pub needs: Option<Vec<String>>,
    #[serde(default)]
    pub flags: Option<Vec<Flag>>,
    /// `"<message key>.<arg name>": "<value>"`: an argument of the first criterion with
    /// that key, rendered as text (dates ISO, numbers in digits).
    #[serde(default)]
    pub args: BTreeMap<String, String>,
}

/// A test case of a program: answers, a screening date and the expected result.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestCase {
    pub name: String,
    pub as_of: Date,
    #[serde(default)]
    pub facts: Answers,
    pub expect: Expectation,
}

/// A program file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramSpec {
    pub id: String,
    /// Locale tag → text; `en` is required.
    pub name: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    pub services: Vec<ServiceRef>,
    /// A USD parameter shown with the verdict (e.g. the fee the program lets one pay).
    #[serde(default)]
    pub amount: Option<String>,
    pub rule: RuleSpec,
    #[serde(default)]
    pub tests: Vec<TestCase>,
}

/// Why a program file was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProgramError {
    #[error("cannot read the program: {0}")]
    Syntax(String),
    #[error("program id `{0}` must be lowercase letters and digits joined by '-'")]
    InvalidId(String),
    #[error("{0}: an `en` text is required")]
    MissingEnglish(&'static str),
    #[error("{field}.{locale}: invalid locale tag or blank text")]
    Locale { field: &'static str, locale: String },
    #[error("rule: {0}")]
    Rule(RuleErrors),
    #[error("amount: `{0}` is not a USD parameter")]
    Amount(String),
    #[error("test `{test}`: {problem}")]
    Test { test: String, problem: String },
}

/// A failed test case.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{program}: test `{test}`: {problem}")]
pub struct TestFailure {
    pub program: String,
    pub test: String,
    pub problem: String,
}

/// A program's verdict with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramExplanation {
    pub program: String,
    pub as_of: Date,
    pub verdict: Verdict,
    pub needs: Vec<Fact>,
    pub flags: Vec<Flag>,
    /// Message keys of the deciding criteria.
    pub reasons: Vec<String>,
    pub amount: Option<Threshold>,
    pub criteria: Explanation,
}

/// A validated program.
#[derive(Debug, Clone)]
pub struct Program {
    id: String,
    name: BTreeMap<String, String>,
    description: BTreeMap<String, String>,
    services: Vec<ServiceRef>,
    amount: Option<ParamIdx>,
    rule: Rule,
    tests: Vec<TestCase>,
}

fn valid_program_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn valid_locale(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()));
    lang_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn check_texts(field: &'static str, texts: &BTreeMap<String, String>) -> Result<(), ProgramError> {
    if !texts.contains_key("en") {
        return Err(ProgramError::MissingEnglish(field));
    }
    match texts
        .iter()
        .find(|(k, v)| !valid_locale(k) || v.trim().is_empty())
    {
        Some((k, _)) => Err(ProgramError::Locale {
            field,
            locale: k.clone(),
        }),
        None => Ok(()),
    }
}

/// Text for `locale`: exact tag, then its language (`es-MX` → `es`), then English.
fn localized<'a>(texts: &'a BTreeMap<String, String>, locale: &str) -> &'a str {
    texts
        .get(locale)
        .or_else(|| locale.split('-').next().and_then(|l| texts.get(l)))
        .or_else(|| texts.get("en"))
        .map(String::as_str)
        .unwrap_or("")
}

impl fmt::Display for ArgValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgValue::Text(t) => f.write_str(t),
            ArgValue::Number(n) | ArgValue::Usd(n) => write!(f, "{n}"),
            ArgValue::Percent(p) => write!(f, "{p:.1}"),
            ArgValue::Date(d) => write!(f, "{d}"),
            ArgValue::Bool(b) => write!(f, "{b}"),
        }
    }
}

impl Program {
    /// Parses and validates a program file.
    pub fn from_yaml(text: &str, params: &Arc<ParameterSet>) -> Result<Program, ProgramError> {
        let spec: ProgramSpec =
            serde_saphyr::from_str(text).map_err(|e| ProgramError::Syntax(e.to_string()))?;
        Program::compile(spec, params)
    }

    /// Validates a program spec against the fact catalogue and `params`.
    pub fn compile(spec: ProgramSpec, params: &Arc<ParameterSet>) -> Result<Program, ProgramError> {
        if !valid_program_id(&spec.id) {
            return Err(ProgramError::InvalidId(spec.id));
        }
        check_texts("name", &spec.name)?;
        check_texts("description", &spec.description)?;
        let rule = Rule::compile(&spec.rule, params).map_err(ProgramError::Rule)?;
        let amount = match &spec.amount {
            None => None,
            Some(id) => match params.index_of(id) {
                Some(idx) if params.get(idx).unit == Unit::Usd => Some(idx),
                _ => return Err(ProgramError::Amount(id.clone())),
            },
        };
        let mut names = BTreeSet::new();
        for t in &spec.tests {
            let problem = |p: String| ProgramError::Test {
                test: t.name.clone(),
                problem: p,
            };
            if !names.insert(t.name.as_str()) {
                return Err(problem("two tests with this name".into()));
            }
            for n in t.expect.needs.iter().flatten() {
                if Fact::from_id(n).is_none() {
                    return Err(problem(format!("unknown fact `{n}` in needs")));
                }
            }
            for k in t.expect.args.keys() {
                if !k.contains('.') {
                    return Err(problem(format!(
                        "args key `{k}` must be `<message key>.<arg name>`"
                    )));
                }
            }
        }
        Ok(Program {
            id: spec.id,
            name: spec.name,
            description: spec.description,
            services: spec.services,
            amount,
            rule,
            tests: spec.tests,
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The name in `locale`, falling back to its language, then English.
    pub fn name(&self, locale: &str) -> &str {
        localized(&self.name, locale)
    }

    /// The description in `locale`, falling back to its language, then English.
    pub fn description(&self, locale: &str) -> &str {
        localized(&self.description, locale)
    }

    /// Every locale the name is written in.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.name.keys().map(String::as_str)
    }

    pub fn services(&self) -> &[ServiceRef] {
        &self.services
    }

    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    pub fn tests(&self) -> &[TestCase] {
        &self.tests
    }

    /// The program's amount (e.g. its fee) in force on `as_of`.
    pub fn amount(&self, as_of: Date) -> Option<Threshold> {
        self.amount
            .and_then(|idx| threshold(self.rule.params(), idx, as_of))
    }

    /// The verdict for `answers` as of the screening date (fast path).
    pub fn evaluate(&self, answers: &Answers, as_of: Date) -> Outcome {
        self.rule.evaluate(answers, as_of)
    }

    /// The verdict with the explanation of every criterion.
    pub fn explain(&self, answers: &Answers, as_of: Date) -> ProgramExplanation {
        let criteria = self.rule.explain(answers, as_of);
        ProgramExplanation {
            program: self.id.clone(),
            as_of,
            verdict: criteria.verdict,
            needs: criteria.needs.clone(),
            flags: criteria.flags.clone(),
            reasons: criteria.reasons().into_iter().map(str::to_owned).collect(),
            amount: self.amount(as_of),
            criteria,
        }
    }

    /// Runs the program's own test cases; an empty list means they all pass.
    pub fn run_tests(&self) -> Vec<TestFailure> {
        let mut failures = Vec::new();
        for t in &self.tests {
            let mut fail = |problem: String| {
                failures.push(TestFailure {
                    program: self.id.clone(),
                    test: t.name.clone(),
                    problem,
                })
            };
            let fast = self.evaluate(&t.facts, t.as_of);
            let e = self.explain(&t.facts, t.as_of);
            if fast != e.criteria.outcome() {
                fail(format!(
                    "evaluate() gave {fast:?} but explain() gave {:?}",
                    e.criteria.outcome()
                ));
            }
            if e.verdict != t.expect.verdict {
                fail(format!(
                    "expected {}, got {} (reasons {:?}, needs {:?})",
                    t.expect.verdict.name(),
                    e.verdict.name(),
                    e.reasons,
                    e.needs.iter().map(|f| f.id()).collect::<Vec<_>>()
                ));
            }
            if let Some(reasons) = &t.expect.reasons {
                let want: BTreeSet<&str> = reasons.iter().map(String::as_str).collect();
                let got: BTreeSet<&str> = e.reasons.iter().map(String::as_str).collect();
                if want != got {
                    fail(format!("expected reasons {want:?}, got {got:?}"));
                }
            }
            if let Some(needs) = &t.expect.needs {
                let want: BTreeSet<&str> = needs.iter().map(String::as_str).collect();
                let got: BTreeSet<&str> = e.needs.iter().map(|f| f.id()).collect();
                if want != got {
                    fail(format!("expected needs {want:?}, got {got:?}"));
                }
            }
            if let Some(flags) = &t.expect.flags {
                let want: BTreeSet<&str> = flags.iter().map(|f| flag_name(*f)).collect();
                let got: BTreeSet<&str> = e.flags.iter().map(|f| flag_name(*f)).collect();
                if want != got {
                    fail(format!("expected flags {want:?}, got {got:?}"));
                }
            }
            for (key, want) in &t.expect.args {
                let Some((message, arg)) = key.rsplit_once('.') else {
                    continue;
                };
                let got = e
                    .criteria
                    .find(message)
                    .and_then(|c| c.arg(arg))
                    .map(ToString::to_string);
                if got.as_deref() != Some(want.as_str()) {
                    fail(format!("expected {key} = {want}, got {got:?}"));
                }
            }
        }
        failures
    }
}

fn flag_name(f: Flag) -> &'static str {
    match f {
        Flag::Review => "review",
        Flag::Borderline => "borderline",
        Flag::SingleSource => "single_source",
        Flag::NoParameter => "no_parameter",
    }
}
