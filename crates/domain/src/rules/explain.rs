//! Explanations: for every criterion, its verdict, the values compared, the thresholds with
//! their sources and dates, and a Fluent message key with arguments, so that pages can say
//! *why* in the resident's language. This path allocates; evaluation does not.
//!
//! Argument names (Fluent variables) used by the default keys:
//!
//! | key | args |
//! |---|---|
//! | `rule-is-true`, `rule-is-false` | `fact`, `value` |
//! | `rule-one-of` | `fact`, `value`, `options` |
//! | `rule-compare-<op>` | `fact`, `value`, `threshold`, `unit` (and `since` for derived years) |
//! | `rule-income-<op>-fpg-percent` | `income`, `household-size`, `region`, `year`, `guideline`, `percent`, `limit-percent`, `limit` (or `limit-min`/`limit-max` when state or size is unknown) |
//! | `rule-elapsed-since` | `fact`, `since`, `date` (the day it is reached), `period`, `unit`, `early-days` |
//! | `rule-physical-presence` | `fact`, `days-outside`, `window-days`, `days-present`, `threshold` |
//! | `rule-continuous-residence` | `fact`, `days`, `band` (`short`, `presumption`, `possible-break`, `break`) |
//!
//! `fact` is a fact id; pages translate it with the key `fact-<id>` (`_` written as `-`, e.g.
//! `fact-household-size`). `unit` is `usd`, `years`, `months`, `days`, `percent` or `count`.

use jiff::civil::Date;
use serde::Serialize;

use super::compile::{Node, NodeKind, Rule};
use super::eval::{
    combine, leaf, negate, reviewed, unlisted_members, unlisted_outcome, Band, Detail, Env, Flag,
    Flags, FpgDetail, Outcome, Verdict,
};
use super::facts::{Answers, Fact, FactSet, FactType, Value, UNKNOWN_PERSON};
use super::params::{ParamIdx, ParameterSet, Unit};

/// A value passed to a Fluent message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum ArgValue {
    Text(String),
    Number(i64),
    Usd(i64),
    /// A percent, rounded to one decimal (for display only; decisions use exact integers).
    Percent(f64),
    Date(Date),
    Bool(bool),
}

/// A named Fluent argument.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Arg {
    pub name: &'static str,
    pub value: ArgValue,
}

/// A threshold a criterion used: the parameter row in force on the screening date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Threshold {
    /// Parameter id, or `hhs.poverty_guidelines` for the poverty guideline table.
    pub parameter: String,
    pub value: i64,
    pub unit: Unit,
    pub effective_from: Option<Date>,
    /// Ids in the parameter set's source table.
    pub sources: Vec<String>,
    pub single_source: bool,
    pub unverified: bool,
    pub note: Option<String>,
}

/// Whose answers a member criterion looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "index")]
pub enum PersonRef {
    /// The resident being screened.
    Resident,
    /// `members()[i]`.
    Member(usize),
    /// Household members the resident has not described (from `household_size`).
    Unlisted,
}

/// The explanation of one criterion (and, through `children`, of the criteria under it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// The rule kind (`all`, `compare`, `elapsed`, ...).
    pub kind: &'static str,
    pub verdict: Verdict,
    /// Unanswered facts that keep this criterion at `maybe`.
    pub needs: Vec<Fact>,
    pub flags: Vec<Flag>,
    /// The Fluent message key.
    pub message: String,
    pub args: Vec<Arg>,
    pub thresholds: Vec<Threshold>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonRef>,
    pub children: Vec<Explanation>,
}

impl Explanation {
    /// The verdict, needs and flags as an [`Outcome`].
    pub fn outcome(&self) -> Outcome {
        Outcome {
            verdict: self.verdict,
            needs: self.needs.iter().copied().collect::<FactSet>(),
            flags: self.flags.iter().copied().collect::<Flags>(),
        }
    }

    /// The argument named `name`.
    pub fn arg(&self, name: &str) -> Option<&ArgValue> {
        self.args.iter().find(|a| a.name == name).map(|a| &a.value)
    }

    /// This criterion and every criterion under it, depth first.
    pub fn walk(&self) -> Vec<&Explanation> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }

    /// The first criterion (depth first) with message key `message`.
    pub fn find(&self, message: &str) -> Option<&Explanation> {
        self.walk().into_iter().find(|e| e.message == message)
    }

    /// The message keys of the criteria that decided the verdict: under `all`/`any`, the
    /// children with the same verdict as their parent, down to the leaves; under `not`, its
    /// child. A node none of whose children explains its verdict (a `review` node) is its
    /// own reason. Sorted, without duplicates.
    pub fn reasons(&self) -> Vec<&str> {
        fn collect<'a>(e: &'a Explanation, out: &mut Vec<&'a str>) {
            let matching: Vec<&Explanation> = if e.kind == "not" {
                e.children.iter().collect()
            } else {
                e.children
                    .iter()
                    .filter(|c| c.verdict == e.verdict)
                    .collect()
            };
            if matching.is_empty() {
                out.push(&e.message);
            } else {
                for c in matching {
                    collect(c, out);
                }
            }
        }
        let mut out = Vec::new();
        collect(self, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn text(name: &'static str, v: impl Into<String>) -> Arg {
    Arg {
        name,
        value: ArgValue::Text(v.into()),
    }
}

fn number(name: &'static str, v: i64) -> Arg {
    Arg {
        name,
        value: ArgValue::Number(v),
    }
}

fn usd(name: &'static str, v: i64) -> Arg {
    Arg {
        name,
        value: ArgValue::Usd(v),
    }
}

fn date(name: &'static str, v: Date) -> Arg {
    Arg {
        name,
        value: ArgValue::Date(v),
    }
}

/// A fact value as a Fluent argument.
fn value_arg(fact: Fact, v: Value) -> Arg {
    let value = match (fact.kind(), v) {
        (_, Value::Bool(b)) => ArgValue::Bool(b),
        (FactType::Money, Value::Int(i)) => ArgValue::Usd(i),
        (_, Value::Int(i)) => ArgValue::Number(i),
        (_, Value::Date(d)) => ArgValue::Date(d),
        (FactType::Code(set), Value::Code(c)) => ArgValue::Text(set.code(c).to_owned()),
        (_, Value::Code(c)) => ArgValue::Number(i64::from(c)),
    };
    Arg {
        name: "value",
        value,
    }
}

/// The row of `idx` in force on `as_of` as a [`Threshold`].
pub(crate) fn threshold(params: &ParameterSet, idx: ParamIdx, as_of: Date) -> Option<Threshold> {
    let p = params.get(idx);
    let row = p.in_force(as_of)?;
    Some(Threshold {
        parameter: p.id.clone(),
        value: row.value,
        unit: p.unit,
        effective_from: row.effective_from,
        sources: row.sources.clone(),
        single_source: row.single_source,
        unverified: row.unverified,
        note: row.note.clone(),
    })
}

fn unit_of(fact: Fact) -> &'static str {
    match fact.kind() {
        FactType::Money => "usd",
        FactType::Years => "years",
        FactType::Days => "days",
        FactType::Percent => "percent",
        _ => "count",
    }
}

fn fpg_args(d: &FpgDetail, env: &Env<'_>, out: &mut Explanation) {
    if let Some(i) = d.income {
        out.args.push(usd("income", i));
    }
    if let Some(n) = d.size {
        out.args.push(number("household-size", n));
    }
    if let Some(r) = d.region {
        out.args.push(text("region", r.id()));
    }
    if let Some(y) = d.year {
        out.args.push(number("year", i64::from(y)));
    }
    if let Some(p) = d.percent {
        out.args.push(number("limit-percent", p));
    }
    if let Some(g) = d.guideline {
        out.args.push(usd("guideline", g));
        if let Some(i) = d.income {
            // One decimal, rounded half up, from exact integers.
            let tenths = (i128::from(i) * 1000 * 2 + i128::from(g)) / (2 * i128::from(g));
            out.args.push(Arg {
                name: "percent",
                value: ArgValue::Percent(tenths as f64 / 10.0),
            });
        }
        if let Some(p) = d.percent {
            out.args.push(usd("limit", p * g / 100));
        }
    } else if let Some(p) = d.percent {
        if let Some(lo) = d.guideline_min {
            out.args.push(usd("limit-min", p * lo / 100));
        }
        if let Some(hi) = d.guideline_max {
            out.args.push(usd("limit-max", p * hi / 100));
        }
    }
    if let Some(table) = env.params.poverty_guidelines(env.as_of) {
        let mut sources = table.sources.clone();
        let mut single = false;
        let regions: Vec<_> = match d.region {
            Some(r) => vec![r],
            None => super::params::Region::ALL.to_vec(),
        };
        for r in regions {
            let rg = table.region(r);
            single |= table.single_source(r, d.size.unwrap_or(1));
            for s in rg
                .first_person
                .sources
                .iter()
                .chain(&rg.each_additional_person.sources)
            {
                if !sources.contains(s) {
                    sources.push(s.clone());
                }
            }
        }
        out.thresholds.push(Threshold {
            parameter: "hhs.poverty_guidelines".into(),
            value: d.guideline.or(d.guideline_min).unwrap_or(0),
            unit: Unit::Usd,
            effective_from: Some(table.effective_from),
            sources,
            single_source: single,
            unverified: false,
            note: Some(format!("{} ({})", table.year, table.citation)),
        });
    }
}

fn leaf_explanation(node: &Node, env: &Env<'_>, out: &mut Explanation) -> Outcome {
    let (o, detail) = leaf(&node.kind, env);
    let params = env.params;
    let push_threshold = |idx: ParamIdx, out: &mut Explanation| {
        if let Some(t) = threshold(params, idx, env.as_of) {
            out.thresholds.push(t);
        }
    };
    match (&node.kind, detail) {
        (NodeKind::Is { fact, .. }, Detail::Value(v)) => {
            out.args.push(text("fact", fact.id()));
            if let Some(v) = v {
                out.args.push(value_arg(*fact, v));
            }
        }
        (NodeKind::OneOf { fact, codes }, Detail::Value(v)) => {
            out.args.push(text("fact", fact.id()));
            if let Some(v) = v {
                out.args.push(value_arg(*fact, v));
            }
            if let FactType::Code(set) = fact.kind() {
                let options: Vec<&str> = (0..64u8)
                    .filter(|i| codes & (1u64 << i) != 0)
                    .map(|i| set.code(i))
                    .collect();
                out.args.push(text("options", options.join(", ")));
            }
        }
        (NodeKind::Compare { fact, param, .. }, Detail::Compare { value, threshold }) => {
            out.args.push(text("fact", fact.id()));
            if let Some(v) = value {
                out.args.push(value_arg(*fact, Value::Int(v)));
            }
            if let Some(t) = threshold {
                out.args.push(if fact.kind() == FactType::Money {
                    usd("threshold", t)
                } else {
                    number("threshold", t)
                });
            }
            out.args.push(text("unit", unit_of(*fact)));
            push_threshold(*param, out);
        }
        (
            NodeKind::YearsSince { fact, param, .. },
            Detail::YearsSince {
                since,
                years,
                threshold,
            },
        ) => {
            out.args.push(text("fact", fact.id()));
            if let Some(y) = years {
                out.args.push(number("value", y));
            }
            if let Some(s) = since {
                out.args.push(date("since", s));
            }
            if let Some(t) = threshold {
                out.args.push(number("threshold", t));
            }
            out.args.push(text("unit", "years"));
            push_threshold(*param, out);
        }
        (NodeKind::IncomeFpg { param, .. }, Detail::Fpg(d)) => {
            fpg_args(&d, env, out);
            push_threshold(*param, out);
        }
        (
            NodeKind::Elapsed {
                since: fact,
                at_least,
                early_by,
            },
            Detail::Elapsed { since, reached_on },
        ) => {
            out.args.push(text("fact", fact.id()));
            if let Some(s) = since {
                out.args.push(date("since", s));
            }
            if let Some(d) = reached_on {
                out.args.push(date("date", d));
            }
            if let Some(row) = env.params.row_at(*at_least, env.as_of) {
                out.args.push(number("period", row.value));
                out.args
                    .push(text("unit", params.get(*at_least).unit.name()));
            }
            push_threshold(*at_least, out);
            if let Some(e) = early_by {
                if let Some(row) = env.params.row_at(*e, env.as_of) {
                    out.args.push(number("early-days", row.value));
                }
                push_threshold(*e, out);
            }
        }
        (
            NodeKind::PhysicalPresence {
                outside, at_least, ..
            },
            Detail::Presence {
                outside: days,
                window_days,
                present,
                threshold,
            },
        ) => {
            out.args.push(text("fact", outside.id()));
            if let Some(d) = days {
                out.args.push(number("days-outside", d));
            }
            out.args.push(number("window-days", window_days));
            if let Some(p) = present {
                out.args.push(number("days-present", p));
            }
            if let Some(t) = threshold {
                out.args.push(number("threshold", t));
            }
            push_threshold(*at_least, out);
        }
        (
            NodeKind::ContinuousResidence {
                trip,
                presumption_over,
                break_at,
            },
            Detail::Residence { trip: days, band },
        ) => {
            out.args.push(text("fact", trip.id()));
            if let Some(d) = days {
                out.args.push(number("days", d));
            }
            if band != Band::Unknown {
                out.args.push(text("band", band.name()));
            }
            push_threshold(*presumption_over, out);
            push_threshold(*break_at, out);
        }
        _ => {}
    }
    o
}

pub(crate) fn explain_node(node: &Node, env: &Env<'_>, person: Option<PersonRef>) -> Explanation {
    let mut out = Explanation {
        kind: kind_key(&node.kind),
        verdict: Verdict::Maybe,
        needs: Vec::new(),
        flags: Vec::new(),
        message: node.message_key().to_owned(),
        args: Vec::new(),
        thresholds: Vec::new(),
        person,
        children: Vec::new(),
    };
    let o = match &node.kind {
        NodeKind::All(children) | NodeKind::Any(children) => {
            out.children = children
                .iter()
                .map(|c| explain_node(c, env, None))
                .collect();
            combine(
                matches!(node.kind, NodeKind::All(_)),
                out.children.iter().map(Explanation::outcome),
            )
        }
        NodeKind::Not(child) => {
            let c = explain_node(child, env, None);
            let o = negate(c.outcome());
            out.children.push(c);
            o
        }
        NodeKind::AnyMember(child) | NodeKind::AllMembers(child) => {
            out.children.push(explain_node(
                child,
                &env.for_person(env.answers.resident()),
                Some(PersonRef::Resident),
            ));
            for (i, m) in env.answers.members().iter().enumerate() {
                out.children.push(explain_node(
                    child,
                    &env.for_person(m),
                    Some(PersonRef::Member(i)),
                ));
            }
            if let Some(size_unknown) = unlisted_members(env.answers) {
                let mut c = explain_node(
                    child,
                    &env.for_person(&UNKNOWN_PERSON),
                    Some(PersonRef::Unlisted),
                );
                let o = unlisted_outcome(c.outcome(), size_unknown);
                c.needs = o.needs.iter().collect();
                out.children.push(c);
            }
            out.args
                .push(number("members", 1 + env.answers.members().len() as i64));
            combine(
                matches!(node.kind, NodeKind::AllMembers(_)),
                out.children.iter().map(Explanation::outcome),
            )
        }
        _ => leaf_explanation(node, env, &mut out),
    };
    let o = reviewed(o, node.review);
    out.verdict = o.verdict;
    out.needs = o.needs.iter().collect();
    out.flags = o.flags.iter().collect();
    out
}

fn kind_key(kind: &NodeKind) -> &'static str {
    match kind {
        NodeKind::All(_) => "all",
        NodeKind::Any(_) => "any",
        NodeKind::Not(_) => "not",
        NodeKind::AnyMember(_) => "any_member",
        NodeKind::AllMembers(_) => "all_members",
        NodeKind::Is { expect: true, .. } => "is_true",
        NodeKind::Is { expect: false, .. } => "is_false",
        NodeKind::Compare { .. } | NodeKind::YearsSince { .. } | NodeKind::IncomeFpg { .. } => {
            "compare"
        }
        NodeKind::OneOf { .. } => "one_of",
        NodeKind::Elapsed { .. } => "elapsed",
        NodeKind::PhysicalPresence { .. } => "physical_presence",
        NodeKind::ContinuousResidence { .. } => "continuous_residence",
    }
}

impl Rule {
    /// Evaluates the rule and explains every criterion. The verdict, needs and flags are
    /// the same as [`Rule::evaluate`]'s.
    pub fn explain(&self, answers: &Answers, as_of: Date) -> Explanation {
        explain_node(&self.root, &Env::new(answers, &self.params, as_of), None)
    }
}
