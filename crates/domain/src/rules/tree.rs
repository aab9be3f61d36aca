//! The rule tree as written in YAML/JSON: a typed tree, not a scripting language.
//!
//! Each node is a map with exactly one kind key and, optionally, `message` (a Fluent key
//! replacing the default one) and `review` (a "yes" here is for a legal provider to judge, so
//! it makes the node `maybe`, never `likely`):
//!
//! ```yaml
//! all:                                   # also: any, not
//!   - compare: {fact: age, op: at_least, param: n400.general.min_age_at_filing}
//!   - compare: {fact: household_income_pct_fpg, op: at_most, param: uscis.fee_waiver.max_pct_fpg}
//!   - is_true: receives_means_tested_benefit         # also: is_false
//!   - one_of: {fact: state, values: [CA, NY]}
//!   - any_member: {is_true: receives_means_tested_benefit}   # also: all_members
//!   - elapsed: {since: permanent_resident_since, at_least: n400.general.lpr_years_required,
//!               early_by: n400.early_filing.days_before_residence_anniversary}
//!   - physical_presence: {days_outside: days_outside_us_last_5y, at_least: n400.general.physical_presence_min_days}
//!   - continuous_residence: {longest_trip: longest_trip_days_last_5y,
//!                            presumption_over: n400.absence.presumption_over_months,
//!                            break_at: n400.absence.break_at_years}
//!   - is_true: extreme_financial_hardship
//!     review: true
//!     message: rule-n400-fee-hardship
//! ```
//!
//! Numbers never appear in a rule: thresholds are named dated parameters (see
//! [`super::params`]). Codes (`one_of`) are literal because they are not thresholds.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// How a value is compared with a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompareOp {
    /// `>=`
    AtLeast,
    /// `<=`
    AtMost,
    /// `>`
    GreaterThan,
    /// `<`
    LessThan,
    /// `==`
    Equals,
}

impl CompareOp {
    /// Parses `<=`, `>=`, `<`, `>`, `==` or a snake_case name.
    pub fn from_symbol(text: &str) -> Option<CompareOp> {
        Some(match text.trim() {
            ">=" | "at_least" => CompareOp::AtLeast,
            "<=" | "at_most" => CompareOp::AtMost,
            ">" | "greater_than" => CompareOp::GreaterThan,
            "<" | "less_than" => CompareOp::LessThan,
            "==" | "=" | "equals" => CompareOp::Equals,
            _ => return None,
        })
    }

    /// Whether `value op threshold` holds.
    #[inline]
    pub fn holds(self, value: i64, threshold: i64) -> bool {
        match self {
            CompareOp::AtLeast => value >= threshold,
            CompareOp::AtMost => value <= threshold,
            CompareOp::GreaterThan => value > threshold,
            CompareOp::LessThan => value < threshold,
            CompareOp::Equals => value == threshold,
        }
    }

    /// The kebab-case name used in message keys (`at-most`).
    pub fn kebab(self) -> &'static str {
        match self {
            CompareOp::AtLeast => "at-least",
            CompareOp::AtMost => "at-most",
            CompareOp::GreaterThan => "greater-than",
            CompareOp::LessThan => "less-than",
            CompareOp::Equals => "equals",
        }
    }

    /// The snake_case name used in rule files (`at_most`).
    pub fn name(self) -> &'static str {
        match self {
            CompareOp::AtLeast => "at_least",
            CompareOp::AtMost => "at_most",
            CompareOp::GreaterThan => "greater_than",
            CompareOp::LessThan => "less_than",
            CompareOp::Equals => "equals",
        }
    }
}

/// `compare: {fact, op, param}`: a numeric fact against a dated parameter of the same unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareSpec {
    pub fact: String,
    pub op: CompareOp,
    pub param: String,
}

/// `one_of: {fact, values}`: a code fact is one of the listed codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneOfSpec {
    pub fact: String,
    pub values: Vec<String>,
}

/// `elapsed: {since, at_least, early_by?}`: on the screening date, at least `at_least` (a
/// years/months/days parameter) has passed since the date fact `since`, less `early_by` days
/// (the N-400 90-day early filing window). The explanation carries the date it is reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElapsedSpec {
    pub since: String,
    pub at_least: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub early_by: Option<String>,
}

/// `physical_presence: {days_outside, at_least}`: days in the US during the fact's window
/// (calendar days of the last N years minus `days_outside`) are at least `at_least` days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhysicalPresenceSpec {
    pub days_outside: String,
    pub at_least: String,
}

/// `continuous_residence: {longest_trip, presumption_over, break_at}`: the longest trip
/// abroad does not break continuous residence. A trip over `presumption_over` (6 months)
/// is a rebuttable presumption of a break: `maybe`, for a legal provider. A trip of
/// `break_at` (1 year) or more is a break: `unlikely`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContinuousResidenceSpec {
    pub longest_trip: String,
    pub presumption_over: String,
    pub break_at: String,
}

/// What a node does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleKind {
    /// Kleene "and": unlikely if any child is unlikely, likely if all are likely.
    All(Vec<RuleSpec>),
    /// Kleene "or": likely if any child is likely, unlikely if all are unlikely.
    Any(Vec<RuleSpec>),
    Not(Box<RuleSpec>),
    /// The child holds for some household member (the resident included).
    AnyMember(Box<RuleSpec>),
    /// The child holds for every household member (the resident included).
    AllMembers(Box<RuleSpec>),
    IsTrue(String),
    IsFalse(String),
    Compare(CompareSpec),
    OneOf(OneOfSpec),
    Elapsed(ElapsedSpec),
    PhysicalPresence(PhysicalPresenceSpec),
    ContinuousResidence(ContinuousResidenceSpec),
}

impl RuleKind {
    /// The key of this kind in a rule file.
    pub fn key(&self) -> &'static str {
        match self {
            RuleKind::All(_) => "all",
            RuleKind::Any(_) => "any",
            RuleKind::Not(_) => "not",
            RuleKind::AnyMember(_) => "any_member",
            RuleKind::AllMembers(_) => "all_members",
            RuleKind::IsTrue(_) => "is_true",
            RuleKind::IsFalse(_) => "is_false",
            RuleKind::Compare(_) => "compare",
            RuleKind::OneOf(_) => "one_of",
            RuleKind::Elapsed(_) => "elapsed",
            RuleKind::PhysicalPresence(_) => "physical_presence",
            RuleKind::ContinuousResidence(_) => "continuous_residence",
        }
    }
}

/// One node of a rule tree as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub kind: RuleKind,
    /// A Fluent message key replacing the default one of the kind (`rule-...`).
    pub message: Option<String>,
    /// A "yes" of this node needs a legal provider's judgement: `likely` becomes `maybe`.
    pub review: bool,
}

impl RuleSpec {
    pub fn new(kind: RuleKind) -> Self {
        RuleSpec {
            kind,
            message: None,
            review: false,
        }
    }

    /// Parses a rule tree from YAML (JSON is YAML too).
    pub fn from_yaml(text: &str) -> Result<Self, String> {
        serde_saphyr::from_str(text).map_err(|e| e.to_string())
    }
}

const KINDS: &[&str] = &[
    "all",
    "any",
    "not",
    "any_member",
    "all_members",
    "is_true",
    "is_false",
    "compare",
    "one_of",
    "elapsed",
    "physical_presence",
    "continuous_residence",
];

const FIELDS: &[&str] = &[
    "all",
    "any",
    "not",
    "any_member",
    "all_members",
    "is_true",
    "is_false",
    "compare",
    "one_of",
    "elapsed",
    "physical_presence",
    "continuous_residence",
    "message",
    "review",
];

impl<'de> Deserialize<'de> for RuleSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RuleSpec;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a rule: a map with one of {}", KINDS.join(", "))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RuleSpec, A::Error> {
                let mut kind: Option<RuleKind> = None;
                let mut message: Option<String> = None;
                let mut review: Option<bool> = None;
                while let Some(key) = map.next_key::<String>()? {
                    let next = match key.as_str() {
                        "message" => {
                            if message.is_some() {
                                return Err(de::Error::duplicate_field("message"));
                            }
                            message = Some(map.next_value()?);
                            continue;
                        }
                        "review" => {
                            if review.is_some() {
                                return Err(de::Error::duplicate_field("review"));
                            }
                            review = Some(map.next_value()?);
                            continue;
                        }
                        "all" => RuleKind::All(map.next_value()?),
                        "any" => RuleKind::Any(map.next_value()?),
                        "not" => RuleKind::Not(map.next_value()?),
                        "any_member" => RuleKind::AnyMember(map.next_value()?),
                        "all_members" => RuleKind::AllMembers(map.next_value()?),
                        "is_true" => RuleKind::IsTrue(map.next_value()?),
                        "is_false" => RuleKind::IsFalse(map.next_value()?),
                        "compare" => RuleKind::Compare(map.next_value()?),
                        "one_of" => RuleKind::OneOf(map.next_value()?),
                        "elapsed" => RuleKind::Elapsed(map.next_value()?),
                        "physical_presence" => RuleKind::PhysicalPresence(map.next_value()?),
                        "continuous_residence" => RuleKind::ContinuousResidence(map.next_value()?),
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    };
                    if let Some(first) = &kind {
                        return Err(de::Error::custom(format!(
                            "a rule node has exactly one kind, found `{}` and `{}`",
                            first.key(),
                            next.key()
                        )));
                    }
                    kind = Some(next);
                }
                let kind = kind.ok_or_else(|| {
                    de::Error::custom(format!("a rule node needs one of: {}", KINDS.join(", ")))
                })?;
                Ok(RuleSpec {
                    kind,
                    message,
                    review: review.unwrap_or(false),
                })
            }
        }
        d.deserialize_map(V)
    }
}

impl Serialize for RuleSpec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let len = 1 + usize::from(self.message.is_some()) + usize::from(self.review);
        let mut map = s.serialize_map(Some(len))?;
        let key = self.kind.key();
        match &self.kind {
            RuleKind::All(c) | RuleKind::Any(c) => map.serialize_entry(key, c)?,
            RuleKind::Not(c) | RuleKind::AnyMember(c) | RuleKind::AllMembers(c) => {
                map.serialize_entry(key, c)?
            }
            RuleKind::IsTrue(f) | RuleKind::IsFalse(f) => map.serialize_entry(key, f)?,
            RuleKind::Compare(c) => map.serialize_entry(key, c)?,
            RuleKind::OneOf(c) => map.serialize_entry(key, c)?,
            RuleKind::Elapsed(c) => map.serialize_entry(key, c)?,
            RuleKind::PhysicalPresence(c) => map.serialize_entry(key, c)?,
            RuleKind::ContinuousResidence(c) => map.serialize_entry(key, c)?,
        }
        if let Some(m) = &self.message {
            map.serialize_entry("message", m)?;
        }
        if self.review {
            map.serialize_entry("review", &true)?;
        }
        map.end()
    }
}
