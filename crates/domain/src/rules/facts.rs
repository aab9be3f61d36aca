//! The fact catalogue: every question a rule may ask, with its type, scope and valid range,
//! and the answers a resident gave ([`Answers`]).
//!
//! Facts are a closed, typed list (an enum), so a rule can only ask what the screener knows
//! how to ask, and a compiled rule refers to a fact by its index, never by its name.
//! A fact a resident skipped is simply absent: that is the "unknown" of the three-valued logic.
//!
//! Answers are personal data (some are immigration facts): they are never logged. The
//! `Debug` impls print which facts were answered, never the values.

use std::fmt;

use jiff::civil::Date;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Whose fact it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One value for the whole screening: the household, or the resident being screened.
    Household,
    /// One value per person: the resident at the top level of a rule, each household member
    /// inside `any_member` / `all_members`.
    Person,
}

/// A closed list of codes a fact may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeSet {
    /// USPS codes: 50 states, DC and the inhabited territories.
    State,
    /// A household member's relationship to the resident being screened.
    Relationship,
}

const STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR", "VI", "GU", "MP", "AS",
];

const RELATIONSHIPS: [&str; 6] = ["self", "spouse", "child", "parent", "sibling", "other"];

/// Index of `self` in the relationship code set (the resident being screened).
pub(crate) const RELATIONSHIP_SELF: u8 = 0;

impl CodeSet {
    /// Every valid code, in index order (a [`Value::Code`] holds an index into this list).
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            CodeSet::State => &STATES,
            CodeSet::Relationship => &RELATIONSHIPS,
        }
    }

    /// The index of `code` (states are matched case-insensitively).
    pub fn index_of(self, code: &str) -> Option<u8> {
        let code = code.trim();
        self.codes()
            .iter()
            .position(|c| c.eq_ignore_ascii_case(code))
            .and_then(|i| u8::try_from(i).ok())
    }

    /// The code at `index`, or `"?"` for an index that is not in the set.
    pub fn code(self, index: u8) -> &'static str {
        self.codes().get(usize::from(index)).copied().unwrap_or("?")
    }
}

/// The type of a fact's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "codes")]
pub enum FactType {
    Bool,
    /// A whole number of things (people).
    Count,
    /// Whole years (an age, a number of years).
    Years,
    /// Whole US dollars per year.
    Money,
    /// Percent (derived facts only).
    Percent,
    /// Whole days.
    Days,
    /// A calendar date.
    Date,
    /// One code of a closed set.
    Code(CodeSet),
}

impl FactType {
    /// A short English name for error messages.
    pub fn name(self) -> &'static str {
        match self {
            FactType::Bool => "yes/no",
            FactType::Count => "count",
            FactType::Years => "years",
            FactType::Money => "US dollars",
            FactType::Percent => "percent",
            FactType::Days => "days",
            FactType::Date => "date",
            FactType::Code(CodeSet::State) => "state code",
            FactType::Code(CodeSet::Relationship) => "relationship code",
        }
    }
}

/// How a derived fact is computed (a derived fact is never answered directly).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derivation {
    /// `household_annual_income` as a percent of the HHS poverty guideline in force for the
    /// household size and the state's region.
    IncomePercentOfPovertyGuideline,
    /// Whole years from the date fact to the screening date.
    YearsSince(Fact),
}

/// Everything the catalogue says about one fact.
#[derive(Debug, Clone, Copy)]
pub struct FactInfo {
    pub fact: Fact,
    /// Stable id used in rule files and answers, e.g. `household_size`. The Fluent key of its
    /// label is `fact-` and the id with `-` for `_` (`fact-household-size`).
    pub id: &'static str,
    pub kind: FactType,
    pub scope: Scope,
    /// Inclusive range of valid answers for numeric facts.
    pub range: Option<(i64, i64)>,
    /// For "total days outside the US in the last N years" facts: N (the window
    /// `physical_presence` counts calendar days in).
    pub window_years: Option<i16>,
    pub derived: Option<Derivation>,
    /// One-line English meaning (for rule authors; residents see translated labels).
    pub meaning: &'static str,
}

macro_rules! catalogue {
    ($( $variant:ident = $id:literal, $kind:expr, $scope:ident, $range:expr, $window:expr, $derived:expr, $meaning:literal; )*) => {
        /// One fact of the catalogue. See [`Fact::ALL`] and [`Fact::info`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Fact {
            $( #[doc = $meaning] $variant, )*
        }

        /// The catalogue, in the order of [`Fact`]'s discriminants.
        static CATALOGUE: &[FactInfo] = &[
            $( FactInfo {
                fact: Fact::$variant,
                id: $id,
                kind: $kind,
                scope: Scope::$scope,
                range: $range,
                window_years: $window,
                derived: $derived,
                meaning: $meaning,
            }, )*
        ];

        impl Fact {
            /// Every fact, in index order.
            pub const ALL: &'static [Fact] = &[ $( Fact::$variant, )* ];
        }
    };
}

catalogue! {
    Age = "age", FactType::Years, Person, Some((0, 130)), None, None,
        "Age in whole years.";
    Relationship = "relationship", FactType::Code(CodeSet::Relationship), Person, None, None, None,
        "Relationship to the resident being screened (`self` for the resident).";
    ReceivesMeansTestedBenefit = "receives_means_tested_benefit", FactType::Bool, Person, None, None, None,
        "Receives a means-tested benefit (income and resources decide eligibility) now.";
    HouseholdSize = "household_size", FactType::Count, Household, Some((1, 50)), None, None,
        "Number of people in the household, the resident included.";
    HouseholdAnnualIncome = "household_annual_income", FactType::Money, Household, Some((0, 100_000_000)), None, None,
        "Annual household income in whole US dollars.";
    HouseholdIncomePercentOfPovertyGuideline = "household_income_pct_fpg", FactType::Percent, Household, None, None, Some(Derivation::IncomePercentOfPovertyGuideline),
        "Household income as a percent of the HHS poverty guideline (derived).";
    State = "state", FactType::Code(CodeSet::State), Household, None, None, None,
        "State (USPS code) where the household lives.";
    LivesInCity = "lives_in_city", FactType::Bool, Household, None, None, None,
        "Lives in the city this Puerta serves.";
    PermanentResidentSince = "permanent_resident_since", FactType::Date, Household, None, None, None,
        "Date the resident became a lawful permanent resident.";
    YearsAsPermanentResident = "years_as_permanent_resident", FactType::Years, Household, None, None, Some(Derivation::YearsSince(Fact::PermanentResidentSince)),
        "Whole years as a lawful permanent resident (derived from permanent_resident_since).";
    Married = "married", FactType::Bool, Household, None, None, None,
        "Is married.";
    SpouseIsUsCitizen = "spouse_is_us_citizen", FactType::Bool, Household, None, None, None,
        "The spouse is a US citizen.";
    MarriedToCitizenSince = "married_to_citizen_since", FactType::Date, Household, None, None, None,
        "Date since which the resident has been married to, and living in marital union with, a spouse who was a US citizen.";
    LivesInStateSince = "lives_in_state_since", FactType::Date, Household, None, None, None,
        "Date since which the resident has lived in the current state.";
    DaysOutsideUsLast5Years = "days_outside_us_last_5y", FactType::Days, Household, Some((0, 1827)), Some(5), None,
        "Total days spent outside the US in the last 5 years.";
    DaysOutsideUsLast3Years = "days_outside_us_last_3y", FactType::Days, Household, Some((0, 1097)), Some(3), None,
        "Total days spent outside the US in the last 3 years.";
    LongestTripDaysLast5Years = "longest_trip_days_last_5y", FactType::Days, Household, Some((0, 1827)), None, None,
        "Days of the longest single trip outside the US in the last 5 years.";
    LongestTripDaysLast3Years = "longest_trip_days_last_3y", FactType::Days, Household, Some((0, 1097)), None, None,
        "Days of the longest single trip outside the US in the last 3 years.";
    FacingRemovalProceedings = "facing_removal_proceedings", FactType::Bool, Household, None, None, None,
        "Is in removal (deportation) proceedings now.";
    MilitaryService = "military_service", FactType::Bool, Household, None, None, None,
        "Serves or served in the US armed forces in a way that INA 328/329 covers.";
    ExtremeFinancialHardship = "extreme_financial_hardship", FactType::Bool, Household, None, None, None,
        "Says they face extreme financial hardship (extraordinary expenses or other circumstances).";
    // Facts of the city programs (data/programs/sycamore-falls-*.yaml). None is about
    // immigration status: documents are "from any country", needs are needs.
    LivesInCounty = "lives_in_county", FactType::Bool, Household, None, None, None,
        "Lives in the county this Puerta serves (the city included).";
    EnrolledInHighSchool = "enrolled_in_high_school", FactType::Bool, Person, None, None, None,
        "Is enrolled in a high school (or a secondary school) now.";
    ReceivesSnapOrWic = "receives_snap_or_wic", FactType::Bool, Person, None, None, None,
        "Receives SNAP (food stamps) or WIC now.";
    RunsOrPlansSmallBusiness = "runs_or_plans_small_business", FactType::Bool, Household, None, None, None,
        "Runs a small business or is preparing to start one (a street cart counts).";
    HasPhotoIdentityDocument = "has_photo_identity_document", FactType::Bool, Person, None, None, None,
        "Can show a photo identity document from any country (passport, consular ID, driver's licence).";
    HasProofOfCityAddress = "has_proof_of_city_address", FactType::Bool, Household, None, None, None,
        "Can show proof of living in the city (lease, utility bill, bank statement, or a letter from a shelter or nonprofit).";
}

/// Number of facts in the catalogue.
pub const FACT_COUNT: usize = Fact::ALL.len();

// The catalogue table must list facts in discriminant order, and a FactSet is a u64.
const _: () = {
    assert!(FACT_COUNT <= 64);
    let mut i = 0;
    while i < FACT_COUNT {
        assert!(Fact::ALL[i] as usize == i);
        i += 1;
    }
};

impl Fact {
    /// Everything the catalogue says about this fact.
    pub fn info(self) -> &'static FactInfo {
        &CATALOGUE[self as usize]
    }

    /// The stable id, e.g. `household_size`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    pub fn kind(self) -> FactType {
        self.info().kind
    }

    pub fn scope(self) -> Scope {
        self.info().scope
    }

    pub fn is_derived(self) -> bool {
        self.info().derived.is_some()
    }

    /// Position in [`Fact::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Looks a fact up by its stable id.
    pub fn from_id(id: &str) -> Option<Fact> {
        CATALOGUE.iter().find(|i| i.id == id).map(|i| i.fact)
    }

    /// The whole catalogue.
    pub fn catalogue() -> &'static [FactInfo] {
        CATALOGUE
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Fact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A set of facts (a bit set: copying it never allocates).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FactSet(u64);

impl FactSet {
    pub const EMPTY: FactSet = FactSet(0);

    pub fn of(fact: Fact) -> FactSet {
        FactSet(1 << fact.index())
    }

    pub fn with(self, fact: Fact) -> FactSet {
        FactSet(self.0 | (1 << fact.index()))
    }

    pub fn union(self, other: FactSet) -> FactSet {
        FactSet(self.0 | other.0)
    }

    pub fn contains(self, fact: Fact) -> bool {
        self.0 & (1 << fact.index()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The facts in catalogue order.
    pub fn iter(self) -> impl Iterator<Item = Fact> {
        Fact::ALL.iter().copied().filter(move |f| self.contains(*f))
    }

    /// The fact ids in catalogue order.
    pub fn ids(self) -> Vec<&'static str> {
        self.iter().map(Fact::id).collect()
    }
}

impl fmt::Debug for FactSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(Fact::id)).finish()
    }
}

impl FromIterator<Fact> for FactSet {
    fn from_iter<I: IntoIterator<Item = Fact>>(iter: I) -> Self {
        iter.into_iter().fold(FactSet::EMPTY, FactSet::with)
    }
}

/// One answer. Which variant a fact takes follows its [`FactType`]: `Bool`; `Int` for count,
/// years, money and days; `Date`; `Code` (an index into the fact's [`CodeSet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Date(Date),
    Code(u8),
}

impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}

impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(i64::from(v))
    }
}

impl From<u32> for Value {
    fn from(v: u32) -> Self {
        Value::Int(i64::from(v))
    }
}

impl From<Date> for Value {
    fn from(v: Date) -> Self {
        Value::Date(v)
    }
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    #[error("unknown fact `{0}`")]
    UnknownFact(String),
    #[error("`{0}` is computed from other answers and cannot be answered")]
    Derived(&'static str),
    #[error("`{0}` is a household fact; a household member can only answer person facts")]
    NotAPersonFact(&'static str),
    #[error("`{fact}` expects {expected}")]
    WrongType {
        fact: &'static str,
        expected: &'static str,
    },
    #[error("`{fact}` must be between {min} and {max}")]
    OutOfRange {
        fact: &'static str,
        min: i64,
        max: i64,
    },
    #[error("`{fact}` has no code `{code}`")]
    UnknownCode { fact: &'static str, code: String },
}

/// Checks that `value` fits `fact` (type and range).
fn check(fact: Fact, value: Value) -> Result<Value, AnswerError> {
    let info = fact.info();
    if info.derived.is_some() {
        return Err(AnswerError::Derived(info.id));
    }
    let wrong = || AnswerError::WrongType {
        fact: info.id,
        expected: info.kind.name(),
    };
    match (info.kind, value) {
        (FactType::Bool, Value::Bool(_)) | (FactType::Date, Value::Date(_)) => Ok(value),
        (FactType::Count | FactType::Years | FactType::Money | FactType::Days, Value::Int(v)) => {
            match info.range {
                Some((min, max)) if !(min..=max).contains(&v) => Err(AnswerError::OutOfRange {
                    fact: info.id,
                    min,
                    max,
                }),
                _ => Ok(value),
            }
        }
        (FactType::Code(set), Value::Code(i)) if usize::from(i) < set.codes().len() => Ok(value),
        _ => Err(wrong()),
    }
}

/// The answers of one person: the resident (who also holds the household facts) or a
/// household member (person facts only).
#[derive(Clone, PartialEq, Eq)]
pub struct Person {
    values: [Option<Value>; FACT_COUNT],
    /// Household facts allowed (true only for the resident being screened).
    household: bool,
}

/// A person with every fact unknown (used for household members nobody told us about).
pub(crate) const UNKNOWN_PERSON: Person = Person {
    values: [None; FACT_COUNT],
    household: false,
};

impl Default for Person {
    fn default() -> Self {
        Self::new()
    }
}

impl Person {
    /// A household member about whom nothing is known yet.
    pub fn new() -> Self {
        UNKNOWN_PERSON
    }

    /// Records an answer (replacing any earlier one).
    pub fn set(&mut self, fact: Fact, value: impl Into<Value>) -> Result<&mut Self, AnswerError> {
        if !self.household && fact.scope() == Scope::Household {
            return Err(AnswerError::NotAPersonFact(fact.id()));
        }
        self.values[fact.index()] = Some(check(fact, value.into())?);
        Ok(self)
    }

    /// Records a code answer such as a state (`"CA"`) or a relationship (`"child"`).
    pub fn set_code(&mut self, fact: Fact, code: &str) -> Result<&mut Self, AnswerError> {
        let FactType::Code(set) = fact.kind() else {
            return Err(AnswerError::WrongType {
                fact: fact.id(),
                expected: fact.kind().name(),
            });
        };
        let index = set.index_of(code).ok_or_else(|| AnswerError::UnknownCode {
            fact: fact.id(),
            code: code.to_owned(),
        })?;
        self.set(fact, Value::Code(index))
    }

    /// Sets an answer from its text form, as in a rule file or a form field: `true`/`false`,
    /// an integer, an ISO date or a code.
    pub fn set_text(&mut self, fact: Fact, text: &str) -> Result<&mut Self, AnswerError> {
        let text = text.trim();
        let wrong = || AnswerError::WrongType {
            fact: fact.id(),
            expected: fact.kind().name(),
        };
        match fact.kind() {
            FactType::Code(_) => self.set_code(fact, text),
            FactType::Bool => match text {
                "true" | "yes" => self.set(fact, true),
                "false" | "no" => self.set(fact, false),
                _ => Err(wrong()),
            },
            FactType::Date => self.set(fact, text.parse::<Date>().map_err(|_| wrong())?),
            _ => self.set(fact, text.parse::<i64>().map_err(|_| wrong())?),
        }
    }

    /// Makes a fact unknown again ("skipped").
    pub fn forget(&mut self, fact: Fact) -> &mut Self {
        self.values[fact.index()] = None;
        self
    }

    /// The answer, or `None` when unknown. Derived facts are always `None` here.
    pub fn get(&self, fact: Fact) -> Option<Value> {
        self.values[fact.index()]
    }

    /// The facts that have an answer.
    pub fn answered(&self) -> FactSet {
        Fact::ALL
            .iter()
            .copied()
            .filter(|f| self.values[f.index()].is_some())
            .collect()
    }

    pub(crate) fn raw(&self, fact: Fact) -> Option<Value> {
        self.values[fact.index()]
    }
}

impl fmt::Debug for Person {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print values: they are personal data.
        f.debug_struct("Person")
            .field("answered", &self.answered())
            .finish()
    }
}

/// Everything a resident answered: their own and household facts, and the other members of
/// the household. Anything not set is unknown.
#[derive(Clone, PartialEq, Eq)]
pub struct Answers {
    resident: Person,
    members: Vec<Person>,
}

impl Default for Answers {
    fn default() -> Self {
        Self::new()
    }
}

impl Answers {
    /// No answers yet (the resident's relationship is `self`).
    pub fn new() -> Self {
        let mut values = [None; FACT_COUNT];
        values[Fact::Relationship.index()] = Some(Value::Code(RELATIONSHIP_SELF));
        Self {
            resident: Person {
                values,
                household: true,
            },
            members: Vec::new(),
        }
    }

    /// Records an answer of the resident or the household.
    pub fn set(&mut self, fact: Fact, value: impl Into<Value>) -> Result<&mut Self, AnswerError> {
        self.resident.set(fact, value)?;
        Ok(self)
    }

    /// Records a code answer of the resident or the household (e.g. `state`, `"CA"`).
    pub fn set_code(&mut self, fact: Fact, code: &str) -> Result<&mut Self, AnswerError> {
        self.resident.set_code(fact, code)?;
        Ok(self)
    }

    /// Records an answer from its text form (see [`Person::set_text`]).
    pub fn set_text(&mut self, fact: Fact, text: &str) -> Result<&mut Self, AnswerError> {
        self.resident.set_text(fact, text)?;
        Ok(self)
    }

    pub fn forget(&mut self, fact: Fact) -> &mut Self {
        self.resident.forget(fact);
        self
    }

    /// The resident's or household's answer, or `None` when unknown.
    pub fn get(&self, fact: Fact) -> Option<Value> {
        self.resident.get(fact)
    }

    /// The resident being screened (who also holds the household facts).
    pub fn resident(&self) -> &Person {
        &self.resident
    }

    /// Adds another member of the household (not the resident).
    pub fn add_member(&mut self, member: Person) -> &mut Self {
        self.members.push(member);
        self
    }

    /// The other household members the resident told us about.
    pub fn members(&self) -> &[Person] {
        &self.members
    }

    pub fn members_mut(&mut self) -> &mut [Person] {
        &mut self.members
    }

    /// Removes every other household member.
    pub fn clear_members(&mut self) -> &mut Self {
        self.members.clear();
        self
    }
}

impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answers")
            .field("answered", &self.resident.answered())
            .field("members", &self.members)
            .finish()
    }
}

/// An answer as written in a file, before it is checked against its fact's type.
enum RawAnswer {
    Null,
    Bool(bool),
    Int(i64),
    Text(String),
}

impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("null, true/false, a whole number, a date or a code")
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Null)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawAnswer, E> {
                i64::try_from(v)
                    .map(RawAnswer::Int)
                    .map_err(|_| E::custom("number too large"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Text(v.to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

fn apply_raw(person: &mut Person, key: &str, raw: RawAnswer) -> Result<(), AnswerError> {
    let fact = Fact::from_id(key).ok_or_else(|| AnswerError::UnknownFact(key.to_owned()))?;
    match raw {
        RawAnswer::Null => {
            // An explicit null is a skipped question: unknown. Still reject bad fact ids.
            if fact.is_derived() {
                return Err(AnswerError::Derived(fact.id()));
            }
            person.forget(fact);
        }
        RawAnswer::Bool(b) => {
            person.set(fact, b)?;
        }
        RawAnswer::Int(i) => {
            person.set(fact, i)?;
        }
        RawAnswer::Text(t) => {
            person.set_text(fact, &t)?;
        }
    }
    Ok(())
}

struct PersonVisitor(Person);

impl<'de> Visitor<'de> for PersonVisitor {
    type Value = Person;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of person fact ids to answers")
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Person, A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let raw: RawAnswer = map.next_value()?;
            apply_raw(&mut self.0, &key, raw).map_err(de::Error::custom)?;
        }
        Ok(self.0)
    }
}

impl<'de> Deserialize<'de> for Person {
    /// A household member as a map of person fact ids to answers.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(PersonVisitor(Person::new()))
    }
}

struct Members(Vec<Person>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of household members")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Members, A::Error> {
                let mut out = Vec::new();
                while let Some(p) = seq.next_element::<Person>()? {
                    out.push(p);
                }
                Ok(Members(out))
            }
        }
        d.deserialize_seq(V)
    }
}

impl<'de> Deserialize<'de> for Answers {
    /// A map of fact ids to answers (`null` = skipped), plus an optional `members:` list of
    /// the other household members, each a map of person facts.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Answers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of fact ids to answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answers, A::Error> {
                let mut answers = Answers::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "members" {
                        let Members(members) = map.next_value()?;
                        answers.members = members;
                    } else {
                        let raw: RawAnswer = map.next_value()?;
                        apply_raw(&mut answers.resident, &key, raw).map_err(de::Error::custom)?;
                    }
                }
                Ok(answers)
            }
        }
        d.deserialize_map(V)
    }
}
