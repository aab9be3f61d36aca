//! Eligibility rules: "may I qualify for this program?", answered as `likely`, `maybe`
//! (with the facts still needed) or `unlikely`, never "you do not qualify".
//!
//! This module owns:
//! - [`facts`]: the typed fact catalogue ([`Fact`]) and a resident's [`Answers`];
//! - [`params`]: dated parameters ([`ParameterSet`]): poverty guidelines by year and region,
//!   USCIS fees, N-400 periods, each with `effective_from` and sources;
//! - [`tree`]: the rule tree as written in YAML/JSON ([`RuleSpec`]): `all` / `any` / `not`,
//!   comparisons against named parameters, `any_member` / `all_members`, and the dated
//!   criteria of naturalization (`elapsed`, `physical_presence`, `continuous_residence`);
//! - [`compile`]: validation into a [`Rule`] (facts and parameters resolved to indices,
//!   depth ≤ [`MAX_DEPTH`], nodes ≤ [`MAX_NODES`]);
//! - [`eval`]: allocation-free three-valued evaluation to an [`Outcome`];
//! - [`explain`]: per-criterion [`Explanation`]s with Fluent message keys;
//! - [`program`]: programs as data ([`Program`]) with their own test cases.
//!
//! Typical use (the caller reads the files; the domain does no I/O):
//!
//! ```no_run
//! use std::sync::Arc;
//! use puerta_domain::rules::{Answers, Fact, ParameterSet, Program};
//!
//! # fn demo(facts_yaml: &str, parameters_yaml: &str, program_yaml: &str) -> Result<(), Box<dyn std::error::Error>> {
//! let mut params = ParameterSet::from_facts_yaml(facts_yaml)?;
//! params.add_parameters_yaml(parameters_yaml)?;
//! let params = Arc::new(params);
//! let program = Program::from_yaml(program_yaml, &params)?;
//! let mut answers = Answers::new();
//! answers.set(Fact::HouseholdSize, 3)?.set(Fact::HouseholdAnnualIncome, 30_000)?;
//! let today = jiff::civil::date(2026, 3, 1);
//! let outcome = program.evaluate(&answers, today);          // fast
//! let why = program.explain(&answers, today);               // for pages
//! # let _ = (outcome, why); Ok(()) }
//! ```

pub mod compile;
mod dates;
pub mod eval;
pub mod explain;
pub mod facts;
pub mod params;
pub mod program;
pub mod tree;

pub use compile::{Rule, RuleError, RuleErrorKind, RuleErrors, MAX_DEPTH, MAX_NODES};
pub use eval::{Flag, Flags, Outcome, Verdict};
pub use explain::{Arg, ArgValue, Explanation, PersonRef, Threshold};
pub use facts::{
    AnswerError, Answers, CodeSet, Derivation, Fact, FactInfo, FactSet, FactType, Person, Scope,
    Value, FACT_COUNT,
};
pub use params::{
    Amount, ParamError, ParamRow, Parameter, ParameterSet, PovertyGuidelines, Region,
    RegionGuideline, Source, Unit,
};
pub use program::{
    Expectation, Program, ProgramError, ProgramExplanation, ProgramSpec, ServiceRef, TestCase,
    TestFailure,
};
pub use tree::{
    CompareOp, CompareSpec, ContinuousResidenceSpec, ElapsedSpec, OneOfSpec, PhysicalPresenceSpec,
    RuleKind, RuleSpec,
};
