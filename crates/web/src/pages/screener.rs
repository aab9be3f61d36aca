//! The eligibility screener: `GET /{lang}/screener` (what it is), one topic per page
//! (`GET /{lang}/screener/{step}`) and the results (`GET /{lang}/screener/results`).
//!
//! Privacy: there is no server-side session and nothing is stored or logged. Every page is a
//! `GET` form carrying the answers of the other topics as hidden inputs ([`form`]), so the
//! answers live only in the address; responses are `no-store` and sent with
//! `Referrer-Policy: no-referrer` (see [`super::headers`]); the request log names the route
//! template, never the query. Every question can be skipped: a skipped question is unknown,
//! and the results say `likely`, `maybe` (with what we would need to know) or "less likely",
//! never "you do not qualify". Immigration facts are asked only in the last, optional
//! citizenship section.
//!
//! Explanations come from the rule engine ([`puerta_domain::rules::Program::explain`]): each
//! deciding criterion's Fluent message key (`rule-…`), with its values and thresholds
//! formatted here and each threshold's source named.

pub mod form;
pub mod shipped;

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use puerta_domain::rules::{
    ArgValue, Explanation, Fact, Flag, PersonRef, Program, ProgramExplanation, Threshold, Unit,
    Verdict,
};
use puerta_store::ServiceFilter;
use uuid::Uuid;

use self::form::{Form, Input, Step, MAX_MEMBERS, MEMBER_RELATIONSHIPS, STEPS};
use super::locale::{self, Tr};
use super::plan;
use super::view::{self, Chrome};
use super::{html, not_found, server_error, Caching};
use crate::AppState;

/// Directory services shown per program (the rest are a search away).
const SERVICES_PER_PROGRAM: usize = 4;

/// The Fluent label of a fact (`fact-household-size`).
pub fn fact_label_key(fact: Fact) -> String {
    format!("fact-{}", fact.id().replace('_', "-"))
}

/// The Fluent key of a question (`screener-q-household-size`).
pub fn question_key(fact: Fact) -> String {
    format!("screener-q-{}", fact.id().replace('_', "-"))
}

// ----- intro -----

#[derive(Template)]
#[template(path = "screener_intro.html")]
pub struct IntroPage {
    pub chrome: Chrome,
    pub start_href: String,
    pub carried: Vec<(String, String)>,
    pub plan: String,
}

/// `GET /{lang}/screener`: what the screener is, and that nothing is stored.
pub async fn intro(uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let form = Form::from_query(uri.query());
    let chrome = chrome(locale, &uri, &form, tr.t("screener-title"));
    let page = IntroPage {
        start_href: format!("/{}/screener/{}", locale.tag, STEPS[0].id),
        carried: form.carried_past(None),
        plan: plan_value(&chrome),
        chrome,
    };
    html(&page, StatusCode::OK, Caching::NoStore)
}

/// The page frame. The language switcher returns to the same page with the answers as read
/// (a skipped topic's fields are gone), and the plan passed on.
fn chrome(locale: &'static locale::Locale, uri: &Uri, form: &Form, title: String) -> Chrome {
    let plan = plan::Plan::of_uri(uri).0;
    let rest = uri
        .path()
        .strip_prefix(&format!("/{}", locale.tag))
        .unwrap_or("/screener");
    let query = form.query_without(None);
    let rest = if query.is_empty() {
        rest.to_owned()
    } else {
        format!("{rest}?{query}")
    };
    let mut chrome = Chrome::new(locale, &plan::carry(&rest, &plan), title);
    chrome.plan = plan;
    chrome
}

fn plan_value(chrome: &Chrome) -> String {
    if chrome.plan.is_empty() {
        String::new()
    } else {
        chrome.plan.encode()
    }
}

// ----- topic pages -----

/// One answer choice of a select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One input on a topic page.
pub struct Field {
    /// Form field name (`household_size`, `m2.age`).
    pub name: String,
    /// HTML id (`f-household_size`, `f-m2-age`).
    pub id: String,
    pub label: String,
    pub hint: String,
    /// `yesno`, `number`, `money`, `date` or `select`.
    pub kind: &'static str,
    pub value: String,
    pub min: i64,
    pub max: i64,
    pub choices: Vec<Choice>,
    pub invalid: bool,
}

impl Field {
    pub fn is_yes(&self) -> bool {
        matches!(self.value.as_str(), "yes" | "true")
    }

    pub fn is_no(&self) -> bool {
        matches!(self.value.as_str(), "no" | "false")
    }

    pub fn is_unset(&self) -> bool {
        !self.is_yes() && !self.is_no()
    }
}

/// A question, or a group of questions under one legend (per person, per member).
pub struct Group {
    pub legend: String,
    pub hint: String,
    pub fields: Vec<Field>,
    /// Shown as a fieldset with a legend (else its one field stands alone).
    pub grouped: bool,
}

#[derive(Template)]
#[template(path = "screener_step.html")]
pub struct StepPage {
    pub chrome: Chrome,
    pub step_id: &'static str,
    pub step_of: String,
    pub heading: String,
    pub lead: String,
    pub optional_section: bool,
    pub skip_all_href: String,
    pub groups: Vec<Group>,
    pub carried: Vec<(String, String)>,
    pub plan: String,
    pub next_href: String,
    pub next_label: String,
    pub back_href: String,
    pub any_invalid: bool,
}

fn field(form: &Form, invalid: &[String], name: String, label: String) -> Field {
    let value = form.get(&name).unwrap_or("").to_owned();
    Field {
        id: format!("f-{}", name.replace('.', "-")),
        invalid: invalid.contains(&name),
        name,
        label,
        hint: String::new(),
        kind: "yesno",
        value,
        min: 0,
        max: 0,
        choices: Vec::new(),
    }
}

impl Field {
    fn input(mut self, input: Input) -> Self {
        match input {
            Input::YesNo => self.kind = "yesno",
            Input::Number { min, max } => {
                self.kind = "number";
                self.min = min;
                self.max = max;
            }
            Input::Money => self.kind = "money",
            Input::Date => self.kind = "date",
            Input::State => {
                self.kind = "select";
                let current = self.value.to_ascii_uppercase();
                self.choices = puerta_domain::rules::CodeSet::State
                    .codes()
                    .iter()
                    .map(|c| Choice {
                        value: (*c).to_owned(),
                        label: (*c).to_owned(),
                        selected: *c == current,
                    })
                    .collect();
            }
        }
        self
    }
}

fn hint_of(tr: &Tr, key: &str) -> String {
    let hint_key = format!("{key}-hint");
    if tr.has(&hint_key) || Tr::new(locale::SOURCE).has(&hint_key) {
        tr.t(&hint_key)
    } else {
        String::new()
    }
}

fn question_text(tr: &Tr, fact: Fact) -> String {
    let key = question_key(fact);
    match fact {
        Fact::LivesInCity => tr.t1(&key, "city", &tr.t("screener-city")),
        Fact::LivesInCounty => tr.t1(&key, "county", &tr.t("screener-county")),
        _ => tr.t(&key),
    }
}

/// "Person 2 in your household".
fn member_name(tr: &Tr, member: usize) -> String {
    tr.tn("screener-member", "n", i64::try_from(member).unwrap_or(0))
}

fn groups(tr: &Tr, step: &Step, form: &Form, invalid: &[String]) -> Vec<Group> {
    let mut out = Vec::new();
    let members = form.members();
    for question in step.questions {
        let key = question_key(question.fact);
        let label = question_text(tr, question.fact);
        let hint = hint_of(tr, &key);
        if question.per_member {
            let mut fields = vec![field(
                form,
                invalid,
                question.fact.id().to_owned(),
                tr.t("screener-you"),
            )
            .input(question.input)];
            for m in &members {
                fields.push(
                    field(
                        form,
                        invalid,
                        form::member_field(*m, question.fact),
                        member_name(tr, *m),
                    )
                    .input(question.input),
                );
            }
            out.push(Group {
                legend: label,
                hint,
                fields,
                grouped: true,
            });
        } else {
            let mut f =
                field(form, invalid, question.fact.id().to_owned(), label).input(question.input);
            f.hint = hint;
            out.push(Group {
                legend: String::new(),
                hint: String::new(),
                fields: vec![f],
                grouped: false,
            });
        }
    }
    if step.members {
        for m in 1..=MAX_MEMBERS {
            let relationship = form::member_field(m, Fact::Relationship);
            let mut rel = field(form, invalid, relationship, tr.t("screener-q-relationship"));
            rel.kind = "select";
            rel.choices = MEMBER_RELATIONSHIPS
                .iter()
                .map(|r| Choice {
                    value: (*r).to_owned(),
                    label: tr.t(&format!("screener-relationship-{r}")),
                    selected: rel.value == *r,
                })
                .collect();
            let age = field(
                form,
                invalid,
                form::member_field(m, Fact::Age),
                tr.t("screener-q-member-age"),
            )
            .input(Input::Number { min: 0, max: 130 });
            out.push(Group {
                legend: member_name(tr, m),
                hint: if m == 1 {
                    tr.t("screener-members-hint")
                } else {
                    String::new()
                },
                fields: vec![rel, age],
                grouped: true,
            });
        }
    }
    out
}

fn step_href(tag: &str, index: Option<usize>) -> String {
    match index.and_then(|i| STEPS.get(i)) {
        Some(s) => format!("/{tag}/screener/{}", s.id),
        None if index.is_some() => format!("/{tag}/screener/results"),
        None => format!("/{tag}/screener"),
    }
}

/// `GET /{lang}/screener/{step}`: one topic.
pub async fn step(Path(step_id): Path<String>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let Some((index, step)) = form::step(&step_id) else {
        return not_found(locale);
    };
    let tr = Tr::new(locale);
    let form = Form::from_query(uri.query());
    let (_, invalid) = form.answers();
    let heading = tr.t(&format!("screener-step-{}", step.id));
    let chrome = chrome(locale, &uri, &form, heading.clone());
    let groups = groups(&tr, step, &form, &invalid);
    let any_invalid = groups.iter().flat_map(|g| &g.fields).any(|f| f.invalid);
    let last = index + 1 == STEPS.len();
    let skip_all = form.query_without(Some(step));
    let page = StepPage {
        step_id: step.id,
        step_of: tr.targs(
            "screener-step-of",
            &[
                ("step", (index + 1).to_string()),
                ("total", STEPS.len().to_string()),
            ],
        ),
        lead: tr.t(&format!("screener-step-{}-lead", step.id)),
        optional_section: step.optional_section,
        skip_all_href: chrome.carry(&format!(
            "/{}/screener/results{}{skip_all}",
            locale.tag,
            if skip_all.is_empty() { "" } else { "?" }
        )),
        groups,
        carried: form.carried_past(Some(step)),
        plan: plan_value(&chrome),
        next_href: step_href(locale.tag, Some(index + 1)),
        next_label: tr.t(if last {
            "screener-see-results"
        } else {
            "screener-next"
        }),
        back_href: step_href(locale.tag, index.checked_sub(1)),
        any_invalid,
        heading,
        chrome,
    };
    html(&page, StatusCode::OK, Caching::NoStore)
}

// ----- results -----

pub struct ServiceLink {
    pub href: String,
    pub name: String,
    pub add_href: String,
    pub in_plan: bool,
}

pub struct Line {
    pub text: String,
    /// `likely`, `maybe` or `unlikely`: the criterion's own verdict (a CSS class).
    pub verdict: &'static str,
    pub thresholds: Vec<String>,
}

pub struct ProgramCard {
    pub id: String,
    pub name: String,
    pub description: String,
    pub amount: String,
    pub lines: Vec<Line>,
    pub needs: String,
    pub notes: Vec<String>,
    pub services: Vec<ServiceLink>,
    pub more_href: String,
}

pub struct StepLink {
    pub href: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "screener_results.html")]
pub struct ResultsPage {
    pub chrome: Chrome,
    pub lead: String,
    pub likely: Vec<ProgramCard>,
    pub maybe: Vec<ProgramCard>,
    pub unlikely: Vec<ProgramCard>,
    pub invalid: usize,
    pub steps: Vec<StepLink>,
    /// "Other programs (3)".
    pub unlikely_heading: String,
}

/// `GET /{lang}/screener/results?…`: the programs, grouped likely / maybe / less likely.
pub async fn results(State(state): State<AppState>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let shipped = match shipped::shipped() {
        Ok(s) => s,
        Err(e) => return server_error(locale, &e),
    };
    let form = Form::from_query(uri.query());
    let (answers, invalid) = form.answers();
    let today = jiff::Zoned::now().date();
    let chrome = chrome(locale, &uri, &form, tr.t("screener-results-title"));
    let services = match services_of(&state, &shipped.programs).await {
        Ok(s) => s,
        Err(e) => return server_error(locale, &e),
    };
    let (mut likely, mut maybe, mut unlikely) = (Vec::new(), Vec::new(), Vec::new());
    for program in &shipped.programs {
        let e = program.explain(&answers, today);
        let card = card(&tr, &chrome, shipped, program, &e, &services);
        match e.verdict {
            Verdict::Likely => likely.push(card),
            Verdict::Maybe => maybe.push(card),
            Verdict::Unlikely => unlikely.push(card),
        }
    }
    let unlikely_heading = tr.tn(
        "screener-unlikely-heading",
        "count",
        i64::try_from(unlikely.len()).unwrap_or(0),
    );
    let query = form.query_without(None);
    let steps = STEPS
        .iter()
        .map(|s| StepLink {
            href: chrome.carry(&format!(
                "/{}/screener/{}{}{query}",
                locale.tag,
                s.id,
                if query.is_empty() { "" } else { "?" }
            )),
            label: tr.t(&format!("screener-step-{}", s.id)),
        })
        .collect();
    let page = ResultsPage {
        lead: tr.t1("screener-results-lead", "date", &view::date(&tr, today)),
        likely,
        maybe,
        invalid: invalid.len(),
        steps,
        unlikely,
        unlikely_heading,
        chrome,
    };
    html(&page, StatusCode::OK, Caching::NoStore)
}

/// Service id → name, for every service a program points to (taxonomy terms resolved
/// through the store), and each program's service ids in order.
struct Services {
    names: BTreeMap<Uuid, String>,
    of_program: BTreeMap<String, Vec<Uuid>>,
}

async fn services_of(
    state: &AppState,
    programs: &[Program],
) -> Result<Services, puerta_store::StoreError> {
    let mut by_term: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    let mut of_program = BTreeMap::new();
    let mut all = BTreeSet::new();
    for p in programs {
        let mut ids: Vec<Uuid> = Vec::new();
        for r in p.services() {
            match r {
                puerta_domain::rules::ServiceRef::Service(id) => ids.push(*id),
                puerta_domain::rules::ServiceRef::TaxonomyTerm { vocabulary, code } => {
                    let Some(term) = term_id(vocabulary, code) else {
                        continue;
                    };
                    if let std::collections::btree_map::Entry::Vacant(slot) = by_term.entry(term) {
                        let filter = ServiceFilter {
                            taxonomy_term_id: Some(term),
                            ..ServiceFilter::default()
                        };
                        slot.insert(state.store.service_ids(&filter).await?);
                    }
                    ids.extend(by_term.get(&term).into_iter().flatten().copied());
                }
            }
        }
        let mut seen = BTreeSet::new();
        ids.retain(|id| seen.insert(*id));
        // Only the first few are shown: read names for those (with a margin for services
        // that disappear between the two reads), not for every service under a broad term.
        all.extend(ids.iter().take(SERVICES_PER_PROGRAM * 2).copied());
        of_program.insert(p.id().to_owned(), ids);
    }
    let all: Vec<Uuid> = all.into_iter().collect();
    let names = state
        .store
        .full_services(&all)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name.as_str().to_owned()))
        .collect();
    Ok(Services { names, of_program })
}

/// The directory id of a taxonomy term a program names (Open Eligibility terms have stable
/// ids derived from their codes, as the importer writes them).
fn term_id(vocabulary: &str, code: &str) -> Option<Uuid> {
    match vocabulary {
        "open_eligibility" | "open-eligibility" => Some(puerta_domain::ids::stable_id(
            "open-eligibility",
            "taxonomy_term",
            code,
        )),
        _ => None,
    }
}

fn card(
    tr: &Tr,
    chrome: &Chrome,
    shipped: &shipped::Shipped,
    program: &Program,
    e: &ProgramExplanation,
    services: &Services,
) -> ProgramCard {
    let tag = tr.locale.tag;
    let mut lines: Vec<Line> = Vec::new();
    let mut push = |node: &Explanation, person: Option<PersonRef>| {
        if !node.needs.is_empty() || person == Some(PersonRef::Unlisted) {
            return;
        }
        // The resident's relationship to themself is how a rule counts their own answers,
        // not something to explain.
        let own_relationship =
            matches!(node.arg("fact"), Some(ArgValue::Text(f)) if f == Fact::Relationship.id());
        if own_relationship && !matches!(person, Some(PersonRef::Member(_))) {
            return;
        }
        let text = reason(tr, node, person);
        if lines.iter().any(|l| l.text == text) {
            return;
        }
        lines.push(Line {
            text,
            verdict: node.verdict.name(),
            thresholds: node
                .thresholds
                .iter()
                .map(|t| threshold_text(tr, shipped, t))
                .collect(),
        });
    };
    for (node, person) in deciding(&e.criteria) {
        push(node, person);
    }
    if e.verdict == Verdict::Maybe {
        for (node, person) in decided_leaves(&e.criteria) {
            push(node, person);
        }
    }
    let mut needs: Vec<String> = Vec::new();
    for f in &e.needs {
        let label = tr.t(&fact_label_key(*f));
        if !needs.contains(&label) {
            needs.push(label);
        }
    }
    let mut notes = Vec::new();
    for flag in &e.flags {
        notes.push(tr.t(match flag {
            Flag::Review => "screener-flag-review",
            Flag::Borderline => "screener-flag-borderline",
            Flag::SingleSource => "screener-flag-single-source",
            Flag::NoParameter => "screener-flag-no-parameter",
        }));
    }
    let unverified = e
        .criteria
        .walk()
        .iter()
        .flat_map(|n| &n.thresholds)
        .chain(&e.amount)
        .any(|t| t.unverified);
    if unverified {
        notes.push(tr.t("screener-flag-unverified"));
    }
    notes.dedup();
    let ids = services.of_program.get(program.id());
    let services_shown = ids
        .into_iter()
        .flatten()
        .filter_map(|id| services.names.get(id).map(|n| (id, n)))
        .take(SERVICES_PER_PROGRAM)
        .map(|(id, name)| ServiceLink {
            href: chrome.carry(&format!("/{tag}/services/{id}")),
            name: name.clone(),
            add_href: plan::plan_href(tag, &chrome.plan.with(*id)),
            in_plan: chrome.plan.contains(id),
        })
        .collect();
    ProgramCard {
        id: program.id().to_owned(),
        name: program.name(tag).to_owned(),
        description: program.description(tag).to_owned(),
        amount: e
            .amount
            .as_ref()
            .map(|a| tr.t1("screener-amount", "amount", &money(a.value)))
            .unwrap_or_default(),
        lines,
        needs: needs.join(", "),
        notes,
        services: services_shown,
        more_href: chrome.carry(&format!("/{tag}/results?q={}", search_words(program))),
    }
}

/// Words to search the directory for more services of a program.
fn search_words(program: &Program) -> &'static str {
    let id = program.id();
    if id.contains("n400") || id.contains("naturalization") {
        "citizenship"
    } else if id.contains("legal") {
        "legal%20aid"
    } else if id.contains("esl") {
        "english%20classes"
    } else if id.contains("food") {
        "food"
    } else if id.contains("business") {
        "small%20business"
    } else if id.contains("id") {
        "id%20card"
    } else {
        "help"
    }
}

/// The criteria that decided a verdict (as [`Explanation::reasons`] picks them), each with
/// the person it is about.
fn deciding(e: &Explanation) -> Vec<(&Explanation, Option<PersonRef>)> {
    fn collect<'a>(
        e: &'a Explanation,
        person: Option<PersonRef>,
        out: &mut Vec<(&'a Explanation, Option<PersonRef>)>,
    ) {
        let person = e.person.or(person);
        let matching: Vec<&Explanation> = if e.kind == "not" {
            e.children.iter().collect()
        } else {
            e.children
                .iter()
                .filter(|c| c.verdict == e.verdict)
                .collect()
        };
        if matching.is_empty() {
            out.push((e, person));
        } else {
            for c in matching {
                collect(c, person, out);
            }
        }
    }
    let mut out = Vec::new();
    collect(e, None, &mut out);
    out
}

/// Every leaf criterion already decided (for a `maybe`: what we know so far).
fn decided_leaves(e: &Explanation) -> Vec<(&Explanation, Option<PersonRef>)> {
    fn collect<'a>(
        e: &'a Explanation,
        person: Option<PersonRef>,
        out: &mut Vec<(&'a Explanation, Option<PersonRef>)>,
    ) {
        let person = e.person.or(person);
        if e.children.is_empty() {
            if e.verdict != Verdict::Maybe {
                out.push((e, person));
            }
        } else {
            for c in &e.children {
                collect(c, person, out);
            }
        }
    }
    let mut out = Vec::new();
    collect(e, None, &mut out);
    out
}

/// Whole dollars with thousands separators (`$48,213`).
pub fn money(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}${grouped}", if value < 0 { "-" } else { "" })
}

/// A number with its unit in words ("5 years", "180 days").
fn with_unit(tr: &Tr, value: i64, unit: &str) -> String {
    match unit {
        "usd" => money(value),
        "percent" => format!("{value}%"),
        "years" | "months" | "days" => tr.tn(&format!("screener-unit-{unit}"), "n", value),
        _ => value.to_string(),
    }
}

fn unit_name(unit: Unit) -> &'static str {
    unit.name()
}

/// One explanation line in the resident's language.
fn reason(tr: &Tr, e: &Explanation, person: Option<PersonRef>) -> String {
    let unit = match e.arg("unit") {
        Some(ArgValue::Text(u)) => u.clone(),
        _ => String::new(),
    };
    let fact = match e.arg("fact") {
        Some(ArgValue::Text(f)) => Fact::from_id(f),
        _ => None,
    };
    let mut args: Vec<(&str, String)> = vec![("verdict", e.verdict.name().to_owned())];
    match person {
        Some(PersonRef::Member(i)) => {
            args.push(("person", "member".to_owned()));
            args.push(("who", member_name(tr, i + 1)));
        }
        _ => {
            args.push(("person", "you".to_owned()));
            args.push(("who", tr.t("screener-you")));
        }
    }
    for a in &e.args {
        let text = match (&a.value, a.name) {
            (ArgValue::Text(t), "fact") => Fact::from_id(t)
                .map(|f| tr.t(&fact_label_key(f)))
                .unwrap_or_else(|| t.clone()),
            (ArgValue::Text(t), "value") if fact == Some(Fact::Relationship) => {
                tr.t(&format!("screener-relationship-{t}"))
            }
            (ArgValue::Text(t), _) => t.clone(),
            (ArgValue::Usd(v), _) => money(*v),
            (ArgValue::Percent(p), _) => format!("{p:.1}"),
            (ArgValue::Date(d), _) => view::date(tr, *d),
            (ArgValue::Bool(b), _) => tr.t(if *b { "screener-yes" } else { "screener-no" }),
            (ArgValue::Number(n), "value" | "threshold" | "period") if !unit.is_empty() => {
                with_unit(tr, *n, &unit)
            }
            (
                ArgValue::Number(n),
                "days-outside" | "window-days" | "days-present" | "days" | "early-days",
            ) => with_unit(tr, *n, "days"),
            (ArgValue::Number(n), _) => n.to_string(),
        };
        args.push((a.name, text));
    }
    // The income limit when the state (so the guideline region) is unknown: a range.
    if e.arg("limit").is_none() {
        if let (Some(ArgValue::Usd(lo)), Some(ArgValue::Usd(hi))) =
            (e.arg("limit-min"), e.arg("limit-max"))
        {
            args.push(("limit", format!("{}–{}", money(*lo), money(*hi))));
        }
    }
    tr.targs(&e.message, &args)
}

/// "Figure used: $23,475 (source: HHS poverty guidelines 2025, in force since January 15,
/// 2025)"; flagged when it needs checking with a legal provider.
fn threshold_text(tr: &Tr, shipped: &shipped::Shipped, t: &Threshold) -> String {
    let sources: Vec<String> = t
        .sources
        .iter()
        .map(|id| {
            shipped
                .params
                .source(id)
                .map(|s| s.title.clone())
                .unwrap_or_else(|| id.clone())
        })
        .collect();
    let value = with_unit(tr, t.value, unit_name(t.unit));
    let mut args = vec![("value", value), ("sources", sources.join("; "))];
    let key = match t.effective_from {
        Some(d) => {
            args.push(("date", view::date(tr, d)));
            "screener-threshold-dated"
        }
        None => "screener-threshold",
    };
    let mut text = tr.targs(key, &args);
    if t.unverified || t.single_source {
        text.push(' ');
        text.push_str(&tr.t("screener-check-legal-provider"));
    }
    text
}
