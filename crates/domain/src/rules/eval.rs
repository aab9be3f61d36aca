//! Three-valued evaluation (Kleene logic) of a compiled rule.
//!
//! A criterion whose facts were not answered is `maybe` and names the facts it needs; a
//! program is `unlikely` only when an answered criterion fails. `all` is unlikely if any
//! child is unlikely, likely if every child is likely, else maybe; `any` is the dual; `not`
//! swaps likely and unlikely. Evaluation allocates nothing and formats nothing: the result
//! is an [`Outcome`] (a few bytes, `Copy`). Explanations are a separate, slower path.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::compile::{Node, NodeKind, Rule};
use super::dates::{add_days, add_duration, add_months, days_between, full_years_between};
use super::facts::{Answers, Fact, FactSet, Person, Value, UNKNOWN_PERSON};
use super::params::{ParamIdx, ParamRow, ParameterSet, PovertyGuidelines, Region};
use super::tree::CompareOp;

/// The screener's answer for a program or a criterion. Never "you do not qualify":
/// `unlikely` means an answered criterion is not met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Unlikely = 0,
    Maybe = 1,
    Likely = 2,
}

impl std::ops::Not for Verdict {
    type Output = Verdict;

    /// Kleene negation: likely and unlikely swap, maybe stays.
    fn not(self) -> Verdict {
        match self {
            Verdict::Likely => Verdict::Unlikely,
            Verdict::Maybe => Verdict::Maybe,
            Verdict::Unlikely => Verdict::Likely,
        }
    }
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Maybe => "maybe",
            Verdict::Unlikely => "unlikely",
        }
    }
}

/// Something the resident (or a legal provider) should know about a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Only a legal provider can judge this (a trip over 6 months, a hardship claim).
    Review,
    /// The value is exactly at a threshold the sources word differently.
    Borderline,
    /// A threshold used comes from a single secondary source.
    SingleSource,
    /// No parameter row is in force on the screening date.
    NoParameter,
}

impl Flag {
    pub const ALL: [Flag; 4] = [
        Flag::Review,
        Flag::Borderline,
        Flag::SingleSource,
        Flag::NoParameter,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Flag`]s (a bit set).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(u8);

impl Flags {
    pub const EMPTY: Flags = Flags(0);

    pub fn of(flag: Flag) -> Flags {
        Flags(flag.bit())
    }

    pub fn with(self, flag: Flag) -> Flags {
        Flags(self.0 | flag.bit())
    }

    pub fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Flag> for Flags {
    fn from_iter<I: IntoIterator<Item = Flag>>(iter: I) -> Self {
        iter.into_iter().fold(Flags::EMPTY, Flags::with)
    }
}

/// The result of evaluating a rule: the verdict, the unanswered facts that keep it at
/// `maybe` (empty otherwise), and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub verdict: Verdict,
    pub needs: FactSet,
    pub flags: Flags,
}

impl Outcome {
    pub const LIKELY: Outcome = Outcome {
        verdict: Verdict::Likely,
        needs: FactSet::EMPTY,
        flags: Flags::EMPTY,
    };
    pub const UNLIKELY: Outcome = Outcome {
        verdict: Verdict::Unlikely,
        needs: FactSet::EMPTY,
        flags: Flags::EMPTY,
    };

    pub(crate) fn decided(holds: bool) -> Outcome {
        if holds {
            Outcome::LIKELY
        } else {
            Outcome::UNLIKELY
        }
    }

    pub(crate) fn needs(needs: FactSet) -> Outcome {
        Outcome {
            verdict: Verdict::Maybe,
            needs,
            flags: Flags::EMPTY,
        }
    }

    pub(crate) fn flagged(verdict: Verdict, flag: Flag) -> Outcome {
        Outcome {
            verdict,
            needs: FactSet::EMPTY,
            flags: Flags::of(flag),
        }
    }

    pub(crate) fn with_flags(mut self, flags: Flags) -> Outcome {
        self.flags = self.flags.union(flags);
        self
    }
}

/// Combines children with Kleene `all` (`is_all`) or `any`. Needs and flags come from the
/// children whose verdict equals the result (the ones that decided it).
pub(crate) fn combine(is_all: bool, outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    let mut verdict = if is_all {
        Verdict::Likely
    } else {
        Verdict::Unlikely
    };
    let mut needs = FactSet::EMPTY;
    let mut flags = [Flags::EMPTY; 3];
    for o in outcomes {
        verdict = if is_all {
            verdict.min(o.verdict)
        } else {
            verdict.max(o.verdict)
        };
        if o.verdict == Verdict::Maybe {
            needs = needs.union(o.needs);
        }
        let slot = &mut flags[o.verdict as usize];
        *slot = slot.union(o.flags);
    }
    Outcome {
        verdict,
        needs: if verdict == Verdict::Maybe {
            needs
        } else {
            FactSet::EMPTY
        },
        flags: flags[verdict as usize],
    }
}

pub(crate) fn negate(o: Outcome) -> Outcome {
    Outcome {
        verdict: !o.verdict,
        ..o
    }
}

/// A node marked `review`: a likely result is for a legal provider to confirm.
pub(crate) fn reviewed(o: Outcome, review: bool) -> Outcome {
    if review && o.verdict == Verdict::Likely {
        Outcome::flagged(Verdict::Maybe, Flag::Review).with_flags(o.flags)
    } else {
        o
    }
}

/// Whether a household may have members nobody told us about, and whether that is because
/// the household size is unknown.
pub(crate) fn unlisted_members(answers: &Answers) -> Option<bool> {
    let listed = 1 + answers.members().len() as i64;
    match answers.get(Fact::HouseholdSize) {
        Some(Value::Int(n)) if n <= listed => None,
        Some(_) => Some(false),
        None => Some(true),
    }
}

/// The outcome for unlisted household members: the child on a person with no answers.
pub(crate) fn unlisted_outcome(o: Outcome, size_unknown: bool) -> Outcome {
    if size_unknown && o.verdict == Verdict::Maybe {
        Outcome {
            needs: o.needs.with(Fact::HouseholdSize),
            ..o
        }
    } else {
        o
    }
}

/// Everything a criterion reads.
#[derive(Clone, Copy)]
pub(crate) struct Env<'a> {
    pub(crate) answers: &'a Answers,
    /// The resident at the top level; a household member inside any_member/all_members.
    pub(crate) person: &'a Person,
    pub(crate) params: &'a ParameterSet,
    pub(crate) as_of: Date,
}

impl<'a> Env<'a> {
    pub(crate) fn new(answers: &'a Answers, params: &'a ParameterSet, as_of: Date) -> Self {
        Env {
            answers,
            person: answers.resident(),
            params,
            as_of,
        }
    }

    pub(crate) fn for_person(self, person: &'a Person) -> Self {
        Env { person, ..self }
    }

    #[inline]
    pub(crate) fn value(&self, fact: Fact) -> Option<Value> {
        match fact.scope() {
            super::facts::Scope::Person => self.person.raw(fact),
            super::facts::Scope::Household => self.answers.resident().raw(fact),
        }
    }

    #[inline]
    fn int(&self, fact: Fact) -> Option<i64> {
        match self.value(fact) {
            Some(Value::Int(v)) => Some(v),
            _ => None,
        }
    }

    #[inline]
    fn date(&self, fact: Fact) -> Option<Date> {
        match self.value(fact) {
            Some(Value::Date(d)) => Some(d),
            _ => None,
        }
    }

    #[inline]
    fn row(&self, idx: ParamIdx) -> Option<&'a ParamRow> {
        self.params.row_at(idx, self.as_of)
    }
}

/// The band of the longest trip for continuous residence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Band {
    Unknown,
    /// Not over the presumption period.
    Short,
    /// Possibly or certainly over 6 months, certainly under 1 year.
    Presumption,
    /// Possibly 1 year (365 days).
    PossibleBreak,
    /// Certainly 1 year or more.
    Break,
}

impl Band {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Band::Unknown => "unknown",
            Band::Short => "short",
            Band::Presumption => "presumption",
            Band::PossibleBreak => "possible-break",
            Band::Break => "break",
        }
    }
}

/// What a percent-of-poverty-guideline criterion computed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FpgDetail {
    pub(crate) income: Option<i64>,
    pub(crate) size: Option<i64>,
    pub(crate) region: Option<Region>,
    pub(crate) year: Option<i16>,
    /// The 100% guideline when region and size are known.
    pub(crate) guideline: Option<i64>,
    /// The lowest and highest guideline the unknowns allow (`None` = unbounded).
    pub(crate) guideline_min: Option<i64>,
    pub(crate) guideline_max: Option<i64>,
    pub(crate) percent: Option<i64>,
}

/// What a leaf criterion computed, for its explanation.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Detail {
    None,
    Value(Option<Value>),
    Compare {
        value: Option<i64>,
        threshold: Option<i64>,
    },
    YearsSince {
        since: Option<Date>,
        years: Option<i64>,
        threshold: Option<i64>,
    },
    Fpg(FpgDetail),
    Elapsed {
        since: Option<Date>,
        reached_on: Option<Date>,
    },
    Presence {
        outside: Option<i64>,
        window_days: i64,
        present: Option<i64>,
        threshold: Option<i64>,
    },
    Residence {
        trip: Option<i64>,
        band: Band,
    },
}

fn row_flags(row: &ParamRow) -> Flags {
    if row.single_source {
        Flags::of(Flag::SingleSource)
    } else {
        Flags::EMPTY
    }
}

const NO_PARAMETER: Outcome = Outcome {
    verdict: Verdict::Maybe,
    needs: FactSet::EMPTY,
    flags: Flags(1 << (Flag::NoParameter as u8)),
};

/// Evaluates one leaf criterion.
#[inline]
pub(crate) fn leaf(kind: &NodeKind, env: &Env<'_>) -> (Outcome, Detail) {
    match *kind {
        NodeKind::Is { fact, expect } => {
            let v = env.value(fact);
            let o = match v {
                Some(Value::Bool(b)) => Outcome::decided(b == expect),
                _ => Outcome::needs(FactSet::of(fact)),
            };
            (o, Detail::Value(v))
        }
        NodeKind::OneOf { fact, codes } => {
            let v = env.value(fact);
            let o = match v {
                Some(Value::Code(i)) => Outcome::decided(codes & (1u64 << i) != 0),
                _ => Outcome::needs(FactSet::of(fact)),
            };
            (o, Detail::Value(v))
        }
        NodeKind::Compare { fact, op, param } => {
            let value = env.int(fact);
            let Some(row) = env.row(param) else {
                return (
                    NO_PARAMETER,
                    Detail::Compare {
                        value,
                        threshold: None,
                    },
                );
            };
            let o = match value {
                Some(v) => compare(op, v, row),
                None => Outcome::needs(FactSet::of(fact)),
            };
            (
                o,
                Detail::Compare {
                    value,
                    threshold: Some(row.value),
                },
            )
        }
        NodeKind::YearsSince {
            since, op, param, ..
        } => {
            let since_date = env.date(since);
            let years = since_date.map(|d| full_years_between(d, env.as_of));
            let Some(row) = env.row(param) else {
                return (
                    NO_PARAMETER,
                    Detail::YearsSince {
                        since: since_date,
                        years,
                        threshold: None,
                    },
                );
            };
            let o = match years {
                Some(y) => compare(op, y, row),
                None => Outcome::needs(FactSet::of(since)),
            };
            (
                o,
                Detail::YearsSince {
                    since: since_date,
                    years,
                    threshold: Some(row.value),
                },
            )
        }
        NodeKind::IncomeFpg { op, param } => {
            let (o, d) = income_fpg(env, op, param);
            (o, Detail::Fpg(d))
        }
        NodeKind::Elapsed {
            since,
            at_least,
            early_by,
        } => {
            let since_date = env.date(since);
            let Some(row) = env.row(at_least) else {
                return (
                    NO_PARAMETER,
                    Detail::Elapsed {
                        since: since_date,
                        reached_on: None,
                    },
                );
            };
            let unit = env.params.get(at_least).unit;
            let (early_days, mut flags) = match early_by {
                None => (0, row_flags(row)),
                Some(e) => match env.row(e) {
                    Some(er) => (er.value, row_flags(row).union(row_flags(er))),
                    None => {
                        return (
                            NO_PARAMETER,
                            Detail::Elapsed {
                                since: since_date,
                                reached_on: None,
                            },
                        )
                    }
                },
            };
            let Some(since_date) = since_date else {
                return (
                    Outcome::needs(FactSet::of(since)),
                    Detail::Elapsed {
                        since: None,
                        reached_on: None,
                    },
                );
            };
            let reached_on =
                add_duration(since_date, unit, row.value).and_then(|d| add_days(d, -early_days));
            let o = match reached_on {
                Some(d) => Outcome::decided(env.as_of >= d),
                // Out of the calendar's range: cannot be reached.
                None => {
                    flags = Flags::EMPTY;
                    Outcome::UNLIKELY
                }
            };
            (
                o.with_flags(flags),
                Detail::Elapsed {
                    since: Some(since_date),
                    reached_on,
                },
            )
        }
        NodeKind::PhysicalPresence {
            outside,
            window_years,
            at_least,
        } => {
            let outside_days = env.int(outside);
            let window_days = add_months(env.as_of, -12 * i64::from(window_years))
                .map(|start| days_between(start, env.as_of))
                .unwrap_or(0);
            let present = outside_days.map(|o| window_days - o);
            let Some(row) = env.row(at_least) else {
                return (
                    NO_PARAMETER,
                    Detail::Presence {
                        outside: outside_days,
                        window_days,
                        present,
                        threshold: None,
                    },
                );
            };
            let o = match present {
                Some(p) => Outcome::decided(p >= row.value).with_flags(row_flags(row)),
                None => Outcome::needs(FactSet::of(outside)),
            };
            (
                o,
                Detail::Presence {
                    outside: outside_days,
                    window_days,
                    present,
                    threshold: Some(row.value),
                },
            )
        }
        NodeKind::ContinuousResidence {
            trip,
            presumption_over,
            break_at,
        } => {
            let days = env.int(trip);
            let (Some(pres), Some(brk)) = (env.row(presumption_over), env.row(break_at)) else {
                return (
                    NO_PARAMETER,
                    Detail::Residence {
                        trip: days,
                        band: Band::Unknown,
                    },
                );
            };
            let flags = row_flags(pres).union(row_flags(brk));
            let Some(d) = days else {
                return (
                    Outcome::needs(FactSet::of(trip)),
                    Detail::Residence {
                        trip: None,
                        band: Band::Unknown,
                    },
                );
            };
            // A trip "over 6 months" / "of 1 year or more" in days depends on the calendar
            // (6 months = 181..=184 days; 1 year = 365 or 366): only certain cases decide.
            let (o, band) = if d >= brk.span_days.1 {
                (Outcome::UNLIKELY, Band::Break)
            } else if d >= brk.span_days.0 {
                (
                    Outcome::flagged(Verdict::Maybe, Flag::Review),
                    Band::PossibleBreak,
                )
            } else if d > pres.span_days.0 {
                (
                    Outcome::flagged(Verdict::Maybe, Flag::Review),
                    Band::Presumption,
                )
            } else {
                (Outcome::LIKELY, Band::Short)
            };
            (
                o.with_flags(flags),
                Detail::Residence {
                    trip: Some(d),
                    band,
                },
            )
        }
        NodeKind::All(_)
        | NodeKind::Any(_)
        | NodeKind::Not(_)
        | NodeKind::AnyMember(_)
        | NodeKind::AllMembers(_) => (NO_PARAMETER, Detail::None),
    }
}

#[inline]
fn compare(op: CompareOp, value: i64, row: &ParamRow) -> Outcome {
    let holds = op.holds(value, row.value);
    let mut flags = row_flags(row);
    if row.borderline_at_threshold && value == row.value {
        flags = flags.with(Flag::Borderline);
    }
    Outcome::decided(holds).with_flags(flags)
}

/// Income as a percent of the poverty guideline, in exact integer arithmetic
/// (`income * 100` against `percent * guideline`). Unknown state or household size narrow
/// the guideline to a range; the criterion is decided when the whole range agrees.
fn income_fpg(env: &Env<'_>, op: CompareOp, param: ParamIdx) -> (Outcome, FpgDetail) {
    let mut d = FpgDetail {
        income: env.int(Fact::HouseholdAnnualIncome),
        size: env.int(Fact::HouseholdSize),
        region: match env.value(Fact::State) {
            Some(Value::Code(i)) => Some(env.params.region_of_state_index(i)),
            _ => None,
        },
        ..FpgDetail::default()
    };
    let (Some(row), Some(table)) = (env.row(param), env.params.poverty_guidelines(env.as_of))
    else {
        return (NO_PARAMETER, d);
    };
    d.year = Some(table.year);
    d.percent = Some(row.value);

    let (lo, hi, single) = guideline_range(table, d.region, d.size);
    d.guideline_min = Some(lo);
    d.guideline_max = hi;
    if Some(lo) == hi {
        d.guideline = Some(lo);
    }
    let mut needs = FactSet::EMPTY;
    if d.income.is_none() {
        needs = needs.with(Fact::HouseholdAnnualIncome);
    }
    if d.size.is_none() {
        needs = needs.with(Fact::HouseholdSize);
    }
    if d.region.is_none() {
        needs = needs.with(Fact::State);
    }
    let Some(income) = d.income else {
        return (Outcome::needs(needs), d);
    };
    let scaled = i128::from(income) * 100;
    let holds = |g: i64| op.holds_wide(scaled, i128::from(row.value) * i128::from(g));
    // For "at most"/"less than", a larger guideline makes the test easier; for "at least"/
    // "greater than", harder.
    let (easy, hard) = match op {
        CompareOp::AtMost | CompareOp::LessThan => (Some(lo), hi),
        CompareOp::AtLeast | CompareOp::GreaterThan => (hi, Some(lo)),
        CompareOp::Equals => (None, None),
    };
    let decided = match (easy, hard) {
        _ if Some(lo) == hi => Some(holds(lo)),
        (Some(e), _) if holds(e) => Some(true),
        (_, Some(h)) if !holds(h) => Some(false),
        _ => None,
    };
    let mut flags = row_flags(row);
    if single {
        flags = flags.with(Flag::SingleSource);
    }
    let o = match decided {
        None => return (Outcome::needs(needs), d),
        Some(h) => {
            if row.borderline_at_threshold
                && d.guideline
                    .is_some_and(|g| scaled == i128::from(row.value) * i128::from(g))
            {
                flags = flags.with(Flag::Borderline);
            }
            Outcome::decided(h)
        }
    };
    (o.with_flags(flags), d)
}

/// (lowest, highest or unbounded, any single-source amount) guideline for the known facts.
fn guideline_range(
    table: &PovertyGuidelines,
    region: Option<Region>,
    size: Option<i64>,
) -> (i64, Option<i64>, bool) {
    let regions: &[Region] = match region {
        Some(Region::Contiguous48AndDc) => &[Region::Contiguous48AndDc],
        Some(Region::Alaska) => &[Region::Alaska],
        Some(Region::Hawaii) => &[Region::Hawaii],
        None => &Region::ALL,
    };
    let lo_size = size.unwrap_or(1);
    let mut lo = i64::MAX;
    let mut hi = i64::MIN;
    let mut single = false;
    for &r in regions {
        lo = lo.min(table.guideline(r, lo_size));
        hi = hi.max(table.guideline(r, lo_size));
        single |= table.single_source(r, lo_size);
    }
    (lo, size.map(|_| hi), single)
}

impl CompareOp {
    #[inline]
    fn holds_wide(self, value: i128, threshold: i128) -> bool {
        match self {
            CompareOp::AtLeast => value >= threshold,
            CompareOp::AtMost => value <= threshold,
            CompareOp::GreaterThan => value > threshold,
            CompareOp::LessThan => value < threshold,
            CompareOp::Equals => value == threshold,
        }
    }
}

/// Evaluates a node (the fast path: no allocation, no formatting).
pub(crate) fn eval(node: &Node, env: &Env<'_>) -> Outcome {
    let o = match &node.kind {
        NodeKind::All(children) => combine(true, children.iter().map(|c| eval(c, env))),
        NodeKind::Any(children) => combine(false, children.iter().map(|c| eval(c, env))),
        NodeKind::Not(child) => negate(eval(child, env)),
        NodeKind::AnyMember(child) | NodeKind::AllMembers(child) => {
            let is_all = matches!(node.kind, NodeKind::AllMembers(_));
            let listed = std::iter::once(env.answers.resident())
                .chain(env.answers.members())
                .map(|p| eval(child, &env.for_person(p)));
            let unlisted = unlisted_members(env.answers).map(|size_unknown| {
                unlisted_outcome(eval(child, &env.for_person(&UNKNOWN_PERSON)), size_unknown)
            });
            combine(is_all, listed.chain(unlisted))
        }
        kind => leaf(kind, env).0,
    };
    reviewed(o, node.review)
}

impl Rule {
    /// Evaluates the rule on `answers` as of the screening date `as_of`.
    pub fn evaluate(&self, answers: &Answers, as_of: Date) -> Outcome {
        eval(&self.root, &Env::new(answers, &self.params, as_of))
    }
}
