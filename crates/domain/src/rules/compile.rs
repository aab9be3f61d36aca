//! Validation: a [`RuleSpec`] becomes a [`Rule`] once, with fact ids resolved to catalogue
//! entries and parameter ids to indices, so that evaluation never looks a name up.
//!
//! Refused: unknown facts and parameters, type and unit mismatches, a comparison other than
//! the one a parameter's source prescribes, unknown codes, derived facts where an answer is
//! needed, `any_member`/`all_members` inside one another, empty groups, malformed message
//! keys, trees deeper than [`MAX_DEPTH`] or larger than [`MAX_NODES`].

use std::fmt;
use std::sync::Arc;

use thiserror::Error;

use super::facts::{Derivation, Fact, FactSet, FactType};
use super::params::{ParamIdx, ParameterSet, Unit};
use super::tree::{CompareOp, RuleKind, RuleSpec};

/// Deepest allowed rule tree (the root is depth 1).
pub const MAX_DEPTH: usize = 8;
/// Largest allowed rule tree, counting every node.
pub const MAX_NODES: usize = 64;

/// What is wrong with one node.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RuleErrorKind {
    #[error("cannot read the rule: {0}")]
    Syntax(String),
    #[error("unknown fact `{0}`")]
    UnknownFact(String),
    #[error("unknown parameter `{0}`")]
    UnknownParameter(String),
    #[error("`{fact}` is {found}, this rule needs {expected}")]
    FactType {
        fact: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("parameter `{param}` is in {found}, this rule needs {expected}")]
    ParameterUnit {
        param: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("parameter `{param}` is defined with `{prescribed}`, not `{found}`")]
    Comparison {
        param: String,
        prescribed: &'static str,
        found: &'static str,
    },
    #[error("`{fact}` has no code `{code}`")]
    UnknownCode { fact: String, code: String },
    #[error("`{0}` must list at least one item")]
    Empty(&'static str),
    #[error("`{0}` cannot be nested inside any_member/all_members")]
    NestedMembers(&'static str),
    #[error("`{0}` is not a message key like `rule-income-at-most-fpg-percent`")]
    MessageKey(String),
    #[error("`{0}` does not count days in a window of years (use days_outside_us_last_5y or _3y)")]
    NotAWindow(String),
    #[error("the rule is {found} levels deep; at most {max} are allowed")]
    TooDeep { found: usize, max: usize },
    #[error("the rule has {found} nodes; at most {max} are allowed")]
    TooManyNodes { found: usize, max: usize },
}

/// One validation error and where it is (`rule.all[2].compare`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{path}: {kind}")]
pub struct RuleError {
    pub path: String,
    pub kind: RuleErrorKind,
}

/// Every validation error of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// A validated rule node (crate-internal compiled form).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) kind: NodeKind,
    /// A custom Fluent key, or `None` for the kind's default.
    pub(crate) message: Option<Box<str>>,
    pub(crate) review: bool,
}

#[derive(Debug, Clone)]
pub(crate) enum NodeKind {
    All(Box<[Node]>),
    Any(Box<[Node]>),
    Not(Box<Node>),
    AnyMember(Box<Node>),
    AllMembers(Box<Node>),
    Is {
        fact: Fact,
        expect: bool,
    },
    Compare {
        fact: Fact,
        op: CompareOp,
        param: ParamIdx,
    },
    YearsSince {
        fact: Fact,
        since: Fact,
        op: CompareOp,
        param: ParamIdx,
    },
    IncomeFpg {
        op: CompareOp,
        param: ParamIdx,
    },
    OneOf {
        fact: Fact,
        codes: u64,
    },
    Elapsed {
        since: Fact,
        at_least: ParamIdx,
        early_by: Option<ParamIdx>,
    },
    PhysicalPresence {
        outside: Fact,
        window_years: i16,
        at_least: ParamIdx,
    },
    ContinuousResidence {
        trip: Fact,
        presumption_over: ParamIdx,
        break_at: ParamIdx,
    },
}

impl Node {
    /// The Fluent message key of this node.
    pub(crate) fn message_key(&self) -> &str {
        if let Some(m) = &self.message {
            return m;
        }
        match &self.kind {
            NodeKind::All(_) => "rule-all",
            NodeKind::Any(_) => "rule-any",
            NodeKind::Not(_) => "rule-not",
            NodeKind::AnyMember(_) => "rule-any-member",
            NodeKind::AllMembers(_) => "rule-all-members",
            NodeKind::Is { expect: true, .. } => "rule-is-true",
            NodeKind::Is { expect: false, .. } => "rule-is-false",
            NodeKind::Compare { op, .. } | NodeKind::YearsSince { op, .. } => match op {
                CompareOp::AtLeast => "rule-compare-at-least",
                CompareOp::AtMost => "rule-compare-at-most",
                CompareOp::GreaterThan => "rule-compare-greater-than",
                CompareOp::LessThan => "rule-compare-less-than",
                CompareOp::Equals => "rule-compare-equals",
            },
            NodeKind::IncomeFpg { op, .. } => match op {
                CompareOp::AtLeast => "rule-income-at-least-fpg-percent",
                CompareOp::AtMost => "rule-income-at-most-fpg-percent",
                CompareOp::GreaterThan => "rule-income-greater-than-fpg-percent",
                CompareOp::LessThan => "rule-income-less-than-fpg-percent",
                CompareOp::Equals => "rule-income-equals-fpg-percent",
            },
            NodeKind::OneOf { .. } => "rule-one-of",
            NodeKind::Elapsed { .. } => "rule-elapsed-since",
            NodeKind::PhysicalPresence { .. } => "rule-physical-presence",
            NodeKind::ContinuousResidence { .. } => "rule-continuous-residence",
        }
    }
}

/// A validated, compiled rule, bound to the parameter set it was checked against.
#[derive(Debug, Clone)]
pub struct Rule {
    pub(crate) root: Node,
    pub(crate) params: Arc<ParameterSet>,
    facts: FactSet,
}

impl Rule {
    /// Validates `spec` against the fact catalogue and `params`.
    pub fn compile(spec: &RuleSpec, params: &Arc<ParameterSet>) -> Result<Rule, RuleErrors> {
        let mut c = Compiler {
            params,
            errors: Vec::new(),
            facts: FactSet::EMPTY,
        };
        let (depth, nodes) = measure(spec);
        if depth > MAX_DEPTH {
            c.error(
                "rule",
                RuleErrorKind::TooDeep {
                    found: depth,
                    max: MAX_DEPTH,
                },
            );
        }
        if nodes > MAX_NODES {
            c.error(
                "rule",
                RuleErrorKind::TooManyNodes {
                    found: nodes,
                    max: MAX_NODES,
                },
            );
        }
        if !c.errors.is_empty() {
            return Err(RuleErrors(c.errors));
        }
        let root = c.node(spec, "rule", false);
        match root {
            Some(root) if c.errors.is_empty() => Ok(Rule {
                root,
                params: Arc::clone(params),
                facts: c.facts,
            }),
            _ => Err(RuleErrors(c.errors)),
        }
    }

    /// Parses and validates a rule from YAML/JSON text.
    pub fn from_yaml(text: &str, params: &Arc<ParameterSet>) -> Result<Rule, RuleErrors> {
        let spec = RuleSpec::from_yaml(text).map_err(|e| {
            RuleErrors(vec![RuleError {
                path: "rule".into(),
                kind: RuleErrorKind::Syntax(e),
            }])
        })?;
        Rule::compile(&spec, params)
    }

    /// Every answerable fact the rule may ask about (derived facts replaced by their inputs):
    /// the questions a screener needs to show for it.
    pub fn facts(&self) -> FactSet {
        self.facts
    }

    /// The parameters the rule was compiled against.
    pub fn params(&self) -> &Arc<ParameterSet> {
        &self.params
    }
}

/// (depth, node count) of a spec tree.
fn measure(spec: &RuleSpec) -> (usize, usize) {
    let children: Vec<&RuleSpec> = match &spec.kind {
        RuleKind::All(c) | RuleKind::Any(c) => c.iter().collect(),
        RuleKind::Not(c) | RuleKind::AnyMember(c) | RuleKind::AllMembers(c) => vec![c],
        _ => Vec::new(),
    };
    let mut depth = 0;
    let mut nodes = 1;
    for child in children {
        let (d, n) = measure(child);
        depth = depth.max(d);
        nodes += n;
    }
    (depth + 1, nodes)
}

fn valid_message_key(key: &str) -> bool {
    key.strip_prefix("rule-").is_some_and(|rest| {
        !rest.is_empty()
            && rest.split('-').all(|p| {
                !p.is_empty()
                    && p.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    })
}

struct Compiler<'a> {
    params: &'a ParameterSet,
    errors: Vec<RuleError>,
    facts: FactSet,
}

impl Compiler<'_> {
    fn error(&mut self, path: &str, kind: RuleErrorKind) {
        self.errors.push(RuleError {
            path: path.to_owned(),
            kind,
        });
    }

    fn fact(&mut self, path: &str, id: &str) -> Option<Fact> {
        let found = Fact::from_id(id);
        if found.is_none() {
            self.error(path, RuleErrorKind::UnknownFact(id.to_owned()));
        }
        found
    }

    /// A fact of one of the `expected` types (named `what` in errors).
    fn typed_fact(
        &mut self,
        path: &str,
        id: &str,
        what: &'static str,
        ok: impl Fn(FactType) -> bool,
    ) -> Option<Fact> {
        let fact = self.fact(path, id)?;
        if !ok(fact.kind()) {
            self.error(
                path,
                RuleErrorKind::FactType {
                    fact: id.to_owned(),
                    expected: what,
                    found: fact.kind().name(),
                },
            );
            return None;
        }
        Some(fact)
    }

    fn use_fact(&mut self, fact: Fact) {
        match fact.info().derived {
            None => self.facts = self.facts.with(fact),
            Some(Derivation::YearsSince(since)) => self.facts = self.facts.with(since),
            Some(Derivation::IncomePercentOfPovertyGuideline) => {
                self.facts = self
                    .facts
                    .with(Fact::HouseholdAnnualIncome)
                    .with(Fact::HouseholdSize)
                    .with(Fact::State);
            }
        }
    }

    fn param(
        &mut self,
        path: &str,
        id: &str,
        what: &'static str,
        ok: impl Fn(Unit) -> bool,
    ) -> Option<ParamIdx> {
        let Some(idx) = self.params.index_of(id) else {
            self.error(path, RuleErrorKind::UnknownParameter(id.to_owned()));
            return None;
        };
        let unit = self.params.get(idx).unit;
        if !ok(unit) {
            self.error(
                path,
                RuleErrorKind::ParameterUnit {
                    param: id.to_owned(),
                    expected: what,
                    found: unit.name(),
                },
            );
            return None;
        }
        Some(idx)
    }

    fn node(&mut self, spec: &RuleSpec, path: &str, in_members: bool) -> Option<Node> {
        if let Some(m) = &spec.message {
            if !valid_message_key(m) {
                self.error(path, RuleErrorKind::MessageKey(m.clone()));
            }
        }
        let key = spec.kind.key();
        let here = format!("{path}.{key}");
        let kind = match &spec.kind {
            RuleKind::All(children) | RuleKind::Any(children) => {
                if children.is_empty() {
                    self.error(&here, RuleErrorKind::Empty(key));
                }
                let compiled: Vec<Option<Node>> = children
                    .iter()
                    .enumerate()
                    .map(|(i, c)| self.node(c, &format!("{here}[{i}]"), in_members))
                    .collect();
                let compiled: Option<Vec<Node>> = compiled.into_iter().collect();
                let compiled = compiled?.into_boxed_slice();
                if matches!(spec.kind, RuleKind::All(_)) {
                    NodeKind::All(compiled)
                } else {
                    NodeKind::Any(compiled)
                }
            }
            RuleKind::Not(child) => NodeKind::Not(Box::new(self.node(child, &here, in_members)?)),
            RuleKind::AnyMember(child) | RuleKind::AllMembers(child) => {
                if in_members {
                    self.error(&here, RuleErrorKind::NestedMembers(key));
                }
                let child = Box::new(self.node(child, &here, true)?);
                if matches!(spec.kind, RuleKind::AnyMember(_)) {
                    NodeKind::AnyMember(child)
                } else {
                    NodeKind::AllMembers(child)
                }
            }
            RuleKind::IsTrue(f) | RuleKind::IsFalse(f) => {
                let fact = self.typed_fact(&here, f, "yes/no", |t| t == FactType::Bool)?;
                self.use_fact(fact);
                NodeKind::Is {
                    fact,
                    expect: matches!(spec.kind, RuleKind::IsTrue(_)),
                }
            }
            RuleKind::Compare(c) => {
                let fact = self.typed_fact(&here, &c.fact, "a number", |t| {
                    matches!(
                        t,
                        FactType::Count
                            | FactType::Years
                            | FactType::Money
                            | FactType::Percent
                            | FactType::Days
                    )
                })?;
                let (unit, unit_name) = match fact.kind() {
                    FactType::Count => (Unit::Count, "count"),
                    FactType::Years => (Unit::Years, "years"),
                    FactType::Money => (Unit::Usd, "usd"),
                    FactType::Percent => (Unit::Percent, "percent"),
                    _ => (Unit::Days, "days"),
                };
                let param = self.param(&here, &c.param, unit_name, |u| u == unit)?;
                let prescribed = self
                    .params
                    .get(param)
                    .rows
                    .iter()
                    .find_map(|r| r.comparison.filter(|p| *p != c.op));
                if let Some(p) = prescribed {
                    self.error(
                        &here,
                        RuleErrorKind::Comparison {
                            param: c.param.clone(),
                            prescribed: p.name(),
                            found: c.op.name(),
                        },
                    );
                    return None;
                }
                self.use_fact(fact);
                match fact.info().derived {
                    Some(Derivation::IncomePercentOfPovertyGuideline) => {
                        NodeKind::IncomeFpg { op: c.op, param }
                    }
                    Some(Derivation::YearsSince(since)) => NodeKind::YearsSince {
                        fact,
                        since,
                        op: c.op,
                        param,
                    },
                    None => NodeKind::Compare {
                        fact,
                        op: c.op,
                        param,
                    },
                }
            }
            RuleKind::OneOf(o) => {
                let fact =
                    self.typed_fact(&here, &o.fact, "a code", |t| matches!(t, FactType::Code(_)))?;
                let FactType::Code(set) = fact.kind() else {
                    return None;
                };
                if o.values.is_empty() {
                    self.error(&here, RuleErrorKind::Empty("one_of.values"));
                }
                let mut codes = 0u64;
                for v in &o.values {
                    match set.index_of(v) {
                        Some(i) => codes |= 1 << i,
                        None => self.error(
                            &here,
                            RuleErrorKind::UnknownCode {
                                fact: o.fact.clone(),
                                code: v.clone(),
                            },
                        ),
                    }
                }
                self.use_fact(fact);
                NodeKind::OneOf { fact, codes }
            }
            RuleKind::Elapsed(e) => {
                let since = self.typed_fact(&here, &e.since, "a date", |t| t == FactType::Date);
                let at_least = self.param(
                    &here,
                    &e.at_least,
                    "years, months or days",
                    Unit::is_duration,
                );
                let early_by = match &e.early_by {
                    Some(p) => Some(self.param(&here, p, "days", |u| u == Unit::Days)?),
                    None => None,
                };
                let since = since?;
                self.use_fact(since);
                NodeKind::Elapsed {
                    since,
                    at_least: at_least?,
                    early_by,
                }
            }
            RuleKind::PhysicalPresence(p) => {
                let outside =
                    self.typed_fact(&here, &p.days_outside, "days", |t| t == FactType::Days);
                let at_least = self.param(&here, &p.at_least, "days", |u| u == Unit::Days);
                let outside = outside?;
                let Some(window_years) = outside.info().window_years else {
                    self.error(&here, RuleErrorKind::NotAWindow(p.days_outside.clone()));
                    return None;
                };
                self.use_fact(outside);
                NodeKind::PhysicalPresence {
                    outside,
                    window_years,
                    at_least: at_least?,
                }
            }
            RuleKind::ContinuousResidence(r) => {
                let trip = self.typed_fact(&here, &r.longest_trip, "days", |t| t == FactType::Days);
                let presumption_over = self.param(
                    &here,
                    &r.presumption_over,
                    "years, months or days",
                    Unit::is_duration,
                );
                let break_at = self.param(
                    &here,
                    &r.break_at,
                    "years, months or days",
                    Unit::is_duration,
                );
                let trip = trip?;
                self.use_fact(trip);
                NodeKind::ContinuousResidence {
                    trip,
                    presumption_over: presumption_over?,
                    break_at: break_at?,
                }
            }
        };
        Some(Node {
            kind,
            message: spec.message.as_deref().map(Box::from),
            review: spec.review,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_keys() {
        assert!(valid_message_key("rule-income-at-most-fpg-percent"));
        assert!(valid_message_key("rule-n400-earliest-filing"));
        assert!(!valid_message_key("rule-"));
        assert!(!valid_message_key("income-at-most"));
        assert!(!valid_message_key("rule-Income"));
        assert!(!valid_message_key("rule--x"));
    }
}
