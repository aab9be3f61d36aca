//! The screener's questions and the answers carried in the form itself.
//!
//! There is no server-side session: every page is a `GET` form whose hidden inputs carry the
//! answers of the other topics, so the answers live only in the page's address. A field is
//! named by its fact id (`household_size`), or `m<N>.<fact id>` for the other household
//! members (`m2.age`). An empty field is a skipped question: unknown to the rule engine.

use std::collections::BTreeMap;

use puerta_domain::rules::{Answers, Fact, Person};

/// Other household members the resident can describe (beyond that, `household_size` tells
/// the rule engine how many people it knows nothing about).
pub const MAX_MEMBERS: usize = 5;

/// Longest value kept from a field (dates, numbers and codes are short).
const MAX_VALUE_LEN: usize = 16;

/// Most query pairs read (a form has fewer than 60 fields).
const MAX_PAIRS: usize = 200;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Yes / No / skip (radio buttons).
    YesNo,
    /// A whole number in a range.
    Number { min: i64, max: i64 },
    /// Whole US dollars.
    Money,
    /// A calendar date.
    Date,
    /// A USPS state code (select).
    State,
}

/// A question of the resident (or the household).
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub fact: Fact,
    pub input: Input,
    /// Asked of each other household member the resident described, too.
    pub per_member: bool,
}

const fn q(fact: Fact, input: Input) -> Question {
    Question {
        fact,
        input,
        per_member: false,
    }
}

const fn each(fact: Fact, input: Input) -> Question {
    Question {
        fact,
        input,
        per_member: true,
    }
}

/// One topic page.
#[derive(Debug)]
pub struct Step {
    /// URL segment and message suffix (`screener-step-<id>`).
    pub id: &'static str,
    pub questions: &'static [Question],
    /// Also asks each member's relationship and age (the household page).
    pub members: bool,
    /// The optional citizenship section: the only one asking immigration facts.
    pub optional_section: bool,
}

/// The topics, in order. Immigration facts appear only in `citizenship`, the last, optional
/// section; `legal` asks about a court case (a legal need, not a status).
pub const STEPS: &[Step] = &[
    Step {
        id: "place",
        questions: &[
            q(Fact::State, Input::State),
            q(Fact::LivesInCity, Input::YesNo),
            q(Fact::LivesInCounty, Input::YesNo),
            q(Fact::HasPhotoIdentityDocument, Input::YesNo),
            q(Fact::HasProofOfCityAddress, Input::YesNo),
        ],
        members: false,
        optional_section: false,
    },
    Step {
        id: "household",
        questions: &[
            q(Fact::Age, Input::Number { min: 0, max: 130 }),
            q(Fact::EnrolledInHighSchool, Input::YesNo),
            q(Fact::HouseholdSize, Input::Number { min: 1, max: 50 }),
        ],
        members: true,
        optional_section: false,
    },
    Step {
        id: "income",
        questions: &[
            q(Fact::HouseholdAnnualIncome, Input::Money),
            each(Fact::ReceivesMeansTestedBenefit, Input::YesNo),
            each(Fact::ReceivesSnapOrWic, Input::YesNo),
            q(Fact::ExtremeFinancialHardship, Input::YesNo),
        ],
        members: false,
        optional_section: false,
    },
    Step {
        id: "work",
        questions: &[
            q(Fact::RunsOrPlansSmallBusiness, Input::YesNo),
            q(Fact::MilitaryService, Input::YesNo),
        ],
        members: false,
        optional_section: false,
    },
    Step {
        id: "legal",
        questions: &[q(Fact::FacingRemovalProceedings, Input::YesNo)],
        members: false,
        optional_section: false,
    },
    Step {
        id: "citizenship",
        questions: &[
            q(Fact::PermanentResidentSince, Input::Date),
            q(Fact::LivesInStateSince, Input::Date),
            q(Fact::Married, Input::YesNo),
            q(Fact::SpouseIsUsCitizen, Input::YesNo),
            q(Fact::MarriedToCitizenSince, Input::Date),
            q(
                Fact::DaysOutsideUsLast5Years,
                Input::Number { min: 0, max: 1827 },
            ),
            q(
                Fact::LongestTripDaysLast5Years,
                Input::Number { min: 0, max: 1827 },
            ),
            q(
                Fact::DaysOutsideUsLast3Years,
                Input::Number { min: 0, max: 1097 },
            ),
            q(
                Fact::LongestTripDaysLast3Years,
                Input::Number { min: 0, max: 1097 },
            ),
        ],
        members: false,
        optional_section: true,
    },
];

/// Facts about a person's immigration history: asked only in the optional citizenship
/// section (tests scan every other page for them).
pub const IMMIGRATION_FACTS: &[Fact] = &[
    Fact::PermanentResidentSince,
    Fact::YearsAsPermanentResident,
    Fact::SpouseIsUsCitizen,
    Fact::MarriedToCitizenSince,
    Fact::DaysOutsideUsLast5Years,
    Fact::DaysOutsideUsLast3Years,
    Fact::LongestTripDaysLast5Years,
    Fact::LongestTripDaysLast3Years,
];

/// Relationship codes a member may have (the resident is `self`).
pub const MEMBER_RELATIONSHIPS: &[&str] = &["spouse", "child", "parent", "sibling", "other"];

/// A step by its URL segment.
pub fn step(id: &str) -> Option<(usize, &'static Step)> {
    STEPS.iter().enumerate().find(|(_, s)| s.id == id)
}

/// The field name of a member's fact (`m2.age`); `member` counts from 1.
pub fn member_field(member: usize, fact: Fact) -> String {
    format!("m{member}.{}", fact.id())
}

/// Every field name a step owns.
pub fn step_fields(step: &Step) -> Vec<String> {
    let mut out = Vec::new();
    for question in step.questions {
        out.push(question.fact.id().to_owned());
        if question.per_member {
            out.extend((1..=MAX_MEMBERS).map(|m| member_field(m, question.fact)));
        }
    }
    if step.members {
        for m in 1..=MAX_MEMBERS {
            out.push(member_field(m, Fact::Relationship));
            out.push(member_field(m, Fact::Age));
        }
    }
    out
}

/// Whether `name` is a field of some step.
fn known_field(name: &str) -> bool {
    STEPS
        .iter()
        .any(|s| step_fields(s).iter().any(|f| f == name))
}

/// The answers as carried in the form: field name → text (non-empty, trimmed), plus the
/// fields whose text the rule engine refused (left out of the answers).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Form {
    values: BTreeMap<String, String>,
}

// Never print answers: they are personal data.
impl std::fmt::Debug for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Form")
            .field("fields", &self.values.len())
            .finish()
    }
}

impl Form {
    /// Reads a query string. Unknown fields are dropped; `skip=<step>` drops that step's
    /// fields (the "Skip this topic" button).
    pub fn from_query(query: Option<&str>) -> Form {
        let pairs: Vec<(String, String)> = query
            .and_then(|q| serde_urlencoded::from_str(q).ok())
            .unwrap_or_default();
        let mut form = Form::default();
        let mut skipped: Vec<&'static Step> = Vec::new();
        for (name, value) in pairs.into_iter().take(MAX_PAIRS) {
            if name == "skip" {
                if let Some((_, s)) = step(&value) {
                    skipped.push(s);
                }
                continue;
            }
            let value = value.trim();
            if value.is_empty() || value.chars().count() > MAX_VALUE_LEN || !known_field(&name) {
                continue;
            }
            form.values.insert(name, value.to_owned());
        }
        for s in skipped {
            for f in step_fields(s) {
                form.values.remove(&f);
            }
        }
        form
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every (field, value), in name order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The fields not owned by `step` (carried as hidden inputs on its page).
    pub fn carried_past(&self, step: Option<&Step>) -> Vec<(String, String)> {
        let own = step.map(step_fields).unwrap_or_default();
        self.values
            .iter()
            .filter(|(k, _)| !own.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// The query string of these answers, without the fields of `without` (for links).
    pub fn query_without(&self, without: Option<&Step>) -> String {
        serde_urlencoded::to_string(self.carried_past(without)).unwrap_or_default()
    }

    /// The members the resident described (1-based numbers): a member counts when any of
    /// their fields has a value.
    pub fn members(&self) -> Vec<usize> {
        (1..=MAX_MEMBERS)
            .filter(|m| {
                let prefix = format!("m{m}.");
                self.values.keys().any(|k| k.starts_with(&prefix))
            })
            .collect()
    }

    /// The answers for the rule engine, and the fields it could not read.
    pub fn answers(&self) -> (Answers, Vec<String>) {
        let mut answers = Answers::new();
        let mut invalid = Vec::new();
        for (name, value) in &self.values {
            if name.starts_with('m') && name.contains('.') {
                continue;
            }
            let Some(fact) = Fact::from_id(name) else {
                continue;
            };
            if answers.set_text(fact, value).is_err() {
                invalid.push(name.clone());
            }
        }
        for m in self.members() {
            let mut person = Person::new();
            let prefix = format!("m{m}.");
            for (name, value) in self.values.range(prefix.clone()..) {
                let Some(id) = name.strip_prefix(&prefix) else {
                    break;
                };
                let ok = Fact::from_id(id).is_some_and(|f| person.set_text(f, value).is_ok());
                if !ok {
                    invalid.push(name.clone());
                }
            }
            answers.add_member(person);
        }
        (answers, invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_drops_the_topic_and_unknown_fields_are_ignored() {
        let f = Form::from_query(Some(
            "household_size=3&age=40&skip=income&household_annual_income=900000&name=Ana&m1.age=7",
        ));
        assert_eq!(f.get("household_size"), Some("3"));
        assert_eq!(f.get("household_annual_income"), None);
        assert_eq!(f.get("name"), None);
        assert_eq!(f.members(), vec![1]);
        let (a, invalid) = f.answers();
        assert!(invalid.is_empty());
        assert_eq!(a.members().len(), 1);
        assert_eq!(a.get(Fact::Age), Some(puerta_domain::rules::Value::Int(40)));
    }

    #[test]
    fn unreadable_answers_are_left_out() {
        let f = Form::from_query(Some("age=old&household_size=0&m2.relationship=boss"));
        let (a, invalid) = f.answers();
        assert_eq!(a.get(Fact::Age), None);
        assert_eq!(invalid, vec!["age", "household_size", "m2.relationship"]);
    }

    #[test]
    fn immigration_facts_are_asked_only_in_the_optional_section() {
        for s in STEPS {
            for question in s.questions {
                assert_eq!(
                    IMMIGRATION_FACTS.contains(&question.fact),
                    s.optional_section
                        && question.fact != Fact::Married
                        && question.fact != Fact::LivesInStateSince,
                    "{} in {}",
                    question.fact,
                    s.id
                );
            }
        }
    }
}
