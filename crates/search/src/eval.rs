//! The relevance harness: judged queries (`data/eval/queries.yaml`), the metrics nDCG@10 and
//! recall@20, and a runner that asks a search function each query and aggregates the figures
//! per language, per corpus and overall.
//!
//! Everything here is pure: the caller reads the query file and passes its text, and passes the
//! search to run (usually `SearchIndex::search`). Metrics follow the usual definitions:
//!
//! * **nDCG@10**: gain `2^grade − 1`, discount `log2(rank + 1)` (rank from 1), divided by the
//!   DCG of the ideal ranking of *all* judged services of the query. A returned service that
//!   was not judged counts as grade 0.
//! * **recall@20**: share of the services judged relevant (grade ≥ 2) found in the first 20.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use jiff::Timestamp;
use puerta_domain::ids::stable_id;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::geo::ZipCentroids;
use crate::{filter, SearchRequest, SearchResults};

/// The rank cut-off of nDCG.
pub const NDCG_K: usize = 10;
/// The rank cut-off of recall.
pub const RECALL_K: usize = 20;
/// The lowest grade that counts as relevant for recall.
pub const RELEVANT_GRADE: u8 = 2;
/// The highest grade.
pub const MAX_GRADE: u8 = 3;
/// The source name the HSDS 1.x importer gives the Miami package (its folder name), from
/// which the Miami service ids are derived.
pub const MIAMI_SOURCE: &str = "miami-open211-2019";

/// Why a query file cannot be used. Each error names the file and, where it applies, the
/// query and the field.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{file}: not a valid query file: {message}")]
    Syntax { file: String, message: String },
    #[error("{file}: query {query:?}, field `{field}`: {message}")]
    Invalid {
        file: String,
        query: String,
        field: String,
        message: String,
    },
    #[error("query {query:?}: the search failed: {message}")]
    Search { query: String, message: String },
}

/// Which data set a query is judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Corpus {
    /// The shipped demo directory (`data/demo/services.json`).
    Demo,
    /// The Miami 2-1-1 export of 2019 (`miami-open211-2019`).
    Miami,
}

impl fmt::Display for Corpus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Corpus::Demo => "demo",
            Corpus::Miami => "miami",
        })
    }
}

/// Filters a query is run with (the resident's choices next to the search box).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QueryFilters {
    /// Services offered in (one of) these languages (ISO 639 codes).
    pub languages: Vec<String>,
    /// Free of charge.
    pub free: bool,
    /// Open at the evaluation moment.
    pub open: bool,
    /// No appointment needed.
    pub walk_in: bool,
    /// Near this ZIP code.
    pub near: Option<String>,
    /// Wheelchair accessible.
    pub accessible: bool,
    /// No identity document asked.
    pub no_id_required: bool,
    /// No social security number asked.
    pub no_ssn_required: bool,
}

impl QueryFilters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// One judged service of a query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgment {
    /// The service's id in the store.
    pub service_id: Uuid,
    /// 0 = not relevant, 1 = marginal, 2 = relevant, 3 = exactly what the resident needs.
    pub grade: u8,
    /// The service's name, for people reading the judgments.
    pub name: String,
}

/// A query as a resident would type it, with its judgments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JudgedQuery {
    pub id: String,
    /// BCP 47 language of the text (`es`, `zh-Hant`, ...).
    pub language: String,
    pub corpus: Corpus,
    pub text: String,
    pub filters: QueryFilters,
    pub judgments: Vec<Judgment>,
}

/// All judged queries of a file and the moment "open now" is evaluated at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuerySet {
    pub now: Timestamp,
    pub queries: Vec<JudgedQuery>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    now: Timestamp,
    queries: Vec<RawQuery>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuery {
    id: String,
    language: String,
    corpus: Corpus,
    text: String,
    #[serde(default)]
    filters: QueryFilters,
    judgments: Vec<RawJudgment>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJudgment {
    /// Demo: the service's UUID.
    #[serde(default)]
    id: Option<String>,
    /// Miami: the service's integer id in the HSDS 1.x export.
    #[serde(default)]
    legacy: Option<u64>,
    grade: u8,
    name: String,
}

impl QuerySet {
    /// Parses and checks a query file; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<QuerySet, EvalError> {
        let raw: RawFile = serde_saphyr::from_str(text).map_err(|e| EvalError::Syntax {
            file: file.to_owned(),
            message: e.to_string(),
        })?;
        let mut seen = HashSet::new();
        let mut queries = Vec::with_capacity(raw.queries.len());
        for q in raw.queries {
            let invalid = |field: &str, message: String| EvalError::Invalid {
                file: file.to_owned(),
                query: q.id.clone(),
                field: field.to_owned(),
                message,
            };
            if q.id.trim().is_empty() {
                return Err(invalid("id", "is blank".into()));
            }
            if !seen.insert(q.id.clone()) {
                return Err(invalid("id", "is used by an earlier query".into()));
            }
            if q.language.trim().is_empty() {
                return Err(invalid("language", "is blank".into()));
            }
            if q.text.trim().is_empty() {
                return Err(invalid("text", "is blank".into()));
            }
            if let Some(zip) = &q.filters.near {
                if zip.len() != 5 || !zip.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(invalid(
                        "filters.near",
                        format!("{zip:?} is not a 5-digit ZIP code"),
                    ));
                }
            }
            let mut judgments = Vec::with_capacity(q.judgments.len());
            let mut judged = HashSet::new();
            for (i, j) in q.judgments.iter().enumerate() {
                let field = format!("judgments[{i}]");
                if j.grade > MAX_GRADE {
                    return Err(invalid(
                        &format!("{field}.grade"),
                        format!("{} is not a grade (0 to {MAX_GRADE})", j.grade),
                    ));
                }
                let service_id = match (q.corpus, &j.id, j.legacy) {
                    (Corpus::Demo, Some(id), None) => Uuid::parse_str(id.trim()).map_err(|e| {
                        invalid(&format!("{field}.id"), format!("{id:?} is not a UUID: {e}"))
                    })?,
                    (Corpus::Miami, None, Some(legacy)) => {
                        stable_id(MIAMI_SOURCE, "service", &legacy.to_string())
                    }
                    (Corpus::Demo, _, _) => {
                        return Err(invalid(
                            &field,
                            "a demo service is named by `id` (its UUID) alone".into(),
                        ))
                    }
                    (Corpus::Miami, _, _) => {
                        return Err(invalid(
                            &field,
                            "a Miami service is named by `legacy` (its id in the export) alone"
                                .into(),
                        ))
                    }
                };
                if !judged.insert(service_id) {
                    return Err(invalid(&field, "judges the same service twice".into()));
                }
                judgments.push(Judgment {
                    service_id,
                    grade: j.grade,
                    name: j.name.clone(),
                });
            }
            if !judgments.iter().any(|j| j.grade >= RELEVANT_GRADE) {
                return Err(invalid(
                    "judgments",
                    format!(
                        "no service has grade {RELEVANT_GRADE} or more, so nothing can be measured"
                    ),
                ));
            }
            queries.push(JudgedQuery {
                id: q.id,
                language: q.language,
                corpus: q.corpus,
                text: q.text,
                filters: q.filters,
                judgments,
            });
        }
        if queries.is_empty() {
            return Err(EvalError::Syntax {
                file: file.to_owned(),
                message: "no queries".into(),
            });
        }
        Ok(QuerySet {
            now: raw.now,
            queries,
        })
    }

    /// The languages of the queries, sorted.
    pub fn languages(&self) -> Vec<&str> {
        let mut l: Vec<&str> = self.queries.iter().map(|q| q.language.as_str()).collect();
        l.sort_unstable();
        l.dedup();
        l
    }
}

impl JudgedQuery {
    /// The grade of a service (0 when not judged).
    pub fn grade(&self, service: Uuid) -> u8 {
        self.judgments
            .iter()
            .find(|j| j.service_id == service)
            .map_or(0, |j| j.grade)
    }

    /// The grades of a ranking, in rank order (each service counted at its first place).
    pub fn grades_of(&self, ranking: &[Uuid]) -> Vec<u8> {
        let mut seen = HashSet::new();
        ranking
            .iter()
            .filter(|id| seen.insert(**id))
            .map(|id| self.grade(*id))
            .collect()
    }

    /// All judged grades, best first (the ideal ranking).
    pub fn ideal_grades(&self) -> Vec<u8> {
        let mut g: Vec<u8> = self.judgments.iter().map(|j| j.grade).collect();
        g.sort_unstable_by(|a, b| b.cmp(a));
        g
    }
}

/// Discounted cumulative gain of the first `k` grades (gain `2^g − 1`, discount `log2(i + 2)`
/// for the 0-based position `i`).
pub fn dcg(grades: &[u8], k: usize) -> f64 {
    grades
        .iter()
        .take(k)
        .enumerate()
        // fold from +0.0: an empty f64 `sum()` is -0.0, printed "-0.000".
        .fold(0.0, |acc, (i, &g)| {
            acc + (2f64.powi(i32::from(g)) - 1.0) / ((i + 2) as f64).log2()
        })
}

/// Normalised DCG at `k`: `dcg(ranked)` over `dcg(ideal)`; `None` when the ideal gains nothing.
pub fn ndcg(ranked: &[u8], ideal: &[u8], k: usize) -> Option<f64> {
    let best = dcg(ideal, k);
    (best > 0.0).then(|| (dcg(ranked, k) / best).min(1.0))
}

/// Share of the `relevant_total` relevant services found among the first `k` grades;
/// `None` when nothing is relevant.
pub fn recall(ranked: &[u8], relevant_total: usize, k: usize) -> Option<f64> {
    (relevant_total > 0).then(|| {
        let found = ranked
            .iter()
            .take(k)
            .filter(|&&g| g >= RELEVANT_GRADE)
            .count();
        (found as f64 / relevant_total as f64).min(1.0)
    })
}

/// The figures of one query.
#[derive(Debug, Clone, Serialize)]
pub struct QueryResult {
    pub id: String,
    pub language: String,
    pub corpus: Corpus,
    pub text: String,
    pub ndcg_at_10: f64,
    pub recall_at_20: f64,
    /// Services the search matched in all.
    pub total: usize,
    /// Relevant services (grade ≥ 2) missing from the first 20, by name.
    pub missed: Vec<String>,
}

/// Mean figures over a group of queries.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Aggregate {
    pub queries: usize,
    pub ndcg_at_10: f64,
    pub recall_at_20: f64,
}

impl Aggregate {
    fn of<'a>(results: impl Iterator<Item = &'a QueryResult>) -> Aggregate {
        let (mut n, mut ndcg, mut recall) = (0usize, 0.0, 0.0);
        for r in results {
            n += 1;
            ndcg += r.ndcg_at_10;
            recall += r.recall_at_20;
        }
        let mean = |s: f64| if n == 0 { 0.0 } else { s / n as f64 };
        Aggregate {
            queries: n,
            ndcg_at_10: mean(ndcg),
            recall_at_20: mean(recall),
        }
    }
}

/// The outcome of a run: every query, and means per language, per corpus and overall.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub overall: Aggregate,
    pub by_language: BTreeMap<String, Aggregate>,
    pub by_corpus: BTreeMap<String, Aggregate>,
    pub queries: Vec<QueryResult>,
}

impl Report {
    /// Aggregates per-query results.
    pub fn from_results(queries: Vec<QueryResult>) -> Report {
        let mut languages: Vec<&str> = queries.iter().map(|q| q.language.as_str()).collect();
        languages.sort_unstable();
        languages.dedup();
        let by_language = languages
            .iter()
            .map(|l| {
                let a = Aggregate::of(queries.iter().filter(|q| q.language == *l));
                ((*l).to_owned(), a)
            })
            .collect();
        let by_corpus = [Corpus::Demo, Corpus::Miami]
            .into_iter()
            .filter(|c| queries.iter().any(|q| q.corpus == *c))
            .map(|c| {
                let a = Aggregate::of(queries.iter().filter(|q| q.corpus == c));
                (c.to_string(), a)
            })
            .collect();
        Report {
            overall: Aggregate::of(queries.iter()),
            by_language,
            by_corpus,
            queries,
        }
    }

    /// The per-query lines (worst nDCG first), for finding what to improve.
    pub fn detail(&self) -> String {
        let mut rows: Vec<&QueryResult> = self.queries.iter().collect();
        rows.sort_by(|a, b| a.ndcg_at_10.total_cmp(&b.ndcg_at_10));
        let mut out = String::new();
        for r in rows {
            out.push_str(&format!(
                "{:<28} {:<8} {:<6} nDCG@10 {:.3}  recall@20 {:.3}  matched {:>4}  {:?}\n",
                r.id, r.language, r.corpus, r.ndcg_at_10, r.recall_at_20, r.total, r.text
            ));
            if !r.missed.is_empty() {
                out.push_str(&format!("    missed: {}\n", r.missed.join(" | ")));
            }
        }
        out
    }
}

/// The table: one row per language, then per corpus, then all queries.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, name: &str, a: &Aggregate| {
            writeln!(
                f,
                "{name:<12} {:>7} {:>9.3} {:>10.3}",
                a.queries, a.ndcg_at_10, a.recall_at_20
            )
        };
        writeln!(
            f,
            "{:<12} {:>7} {:>9} {:>10}",
            "language", "queries", "nDCG@10", "recall@20"
        )?;
        for (l, a) in &self.by_language {
            row(f, l, a)?;
        }
        writeln!(f, "{}", "-".repeat(41))?;
        for (c, a) in &self.by_corpus {
            row(f, &format!("corpus {c}"), a)?;
        }
        row(f, "all", &self.overall)
    }
}

/// How far "near a ZIP code" reaches: 15 km, a bus ride from the ZIP code's centre.
pub const NEAR_RADIUS_M: f64 = 15_000.0;

/// The search request of a judged query: its text, its filters, the set's moment, the first
/// [`RECALL_K`] results, and its language as the locale hint. `zips` places `near` ZIP codes.
pub fn request(
    query: &JudgedQuery,
    now: Timestamp,
    zips: &ZipCentroids,
) -> Result<SearchRequest, EvalError> {
    Ok(SearchRequest {
        text: Some(query.text.clone()),
        filters: filters_of(query, zips)?,
        now,
        offset: 0,
        limit: RECALL_K,
        locale: Some(query.language.clone()),
    })
}

fn filters_of(query: &JudgedQuery, zips: &ZipCentroids) -> Result<filter::Filters, EvalError> {
    let f = &query.filters;
    let near = match &f.near {
        None => None,
        Some(zip) => {
            let (lat, lon) = zips.lookup(zip).ok_or_else(|| EvalError::Search {
                query: query.id.clone(),
                message: format!("filters.near: ZIP code {zip} is not in the centroid table"),
            })?;
            Some(filter::Near {
                lat,
                lon,
                radius_m: Some(NEAR_RADIUS_M),
            })
        }
    };
    Ok(filter::Filters {
        taxonomy_term_ids: Vec::new(),
        languages: f.languages.clone(),
        free: f.free,
        open: f.open.then_some(filter::OpenFilter::Now),
        walk_in: f.walk_in,
        near,
        accessible: f.accessible,
        no_id_required: f.no_id_required,
        no_ssn_required: f.no_ssn_required,
    })
}

/// Scores one query against the ranking the search returned.
pub fn score(query: &JudgedQuery, results: &SearchResults) -> QueryResult {
    let ranking: Vec<Uuid> = results.hits.iter().map(|h| h.service_id).collect();
    let grades = query.grades_of(&ranking);
    let ideal = query.ideal_grades();
    let relevant: Vec<&Judgment> = query
        .judgments
        .iter()
        .filter(|j| j.grade >= RELEVANT_GRADE)
        .collect();
    let top: HashSet<Uuid> = ranking.iter().take(RECALL_K).copied().collect();
    QueryResult {
        id: query.id.clone(),
        language: query.language.clone(),
        corpus: query.corpus,
        text: query.text.clone(),
        ndcg_at_10: ndcg(&grades, &ideal, NDCG_K).unwrap_or(0.0),
        recall_at_20: recall(&grades, relevant.len(), RECALL_K).unwrap_or(0.0),
        total: results.total,
        missed: relevant
            .iter()
            .filter(|j| !top.contains(&j.service_id))
            .map(|j| j.name.clone())
            .collect(),
    }
}

/// Runs every query of `set` through `search` (usually `|r| index.search(r)`) and scores it.
/// `zips` places the ZIP codes of `near` filters (usually [`ZipCentroids::shipped`]).
pub fn run<E: fmt::Display>(
    set: &QuerySet,
    zips: &ZipCentroids,
    mut search: impl FnMut(&SearchRequest) -> Result<SearchResults, E>,
) -> Result<Report, EvalError> {
    let mut results = Vec::with_capacity(set.queries.len());
    for q in &set.queries {
        let found = search(&request(q, set.now, zips)?).map_err(|e| EvalError::Search {
            query: q.id.clone(),
            message: e.to_string(),
        })?;
        results.push(score(q, &found));
    }
    Ok(Report::from_results(results))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Expansion, Hit, Why};
    use proptest::prelude::*;

    const DEMO_A: &str = "06093aa5-4219-59c0-beb3-c7b6377de1e4";
    const DEMO_B: &str = "38920d2b-39c4-5175-88b5-34f3658a8eba";

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn dcg_matches_a_hand_computed_example() {
        // grades 3, 2, 0, 1: 7/log2(2) + 3/log2(3) + 0 + 1/log2(5)
        let expected = 7.0 + 3.0 / 3f64.log2() + 1.0 / 5f64.log2();
        assert!(close(dcg(&[3, 2, 0, 1], 10), expected));
        // The cut-off drops later ranks: 7 + 3/log2(3) = 8.892789...
        assert!(close(dcg(&[3, 2, 0, 1], 2), 7.0 + 3.0 / 3f64.log2()));
        assert!(close(dcg(&[3, 2, 0, 1], 2), 8.892_789_260_714_372));
    }

    #[test]
    fn ndcg_of_a_swapped_ranking() {
        // ranked 2, 3 against ideal 3, 2: (3 + 7/log2 3) / (7 + 3/log2 3)
        let got = ndcg(&[2, 3], &[3, 2], 10).unwrap();
        let want = (3.0 + 7.0 / 3f64.log2()) / (7.0 + 3.0 / 3f64.log2());
        assert!(close(got, want));
        assert!(close(got, 0.833_991_232_398_148_8), "{got}");
    }

    #[test]
    fn ndcg_counts_judged_services_missing_from_the_results_in_the_ideal() {
        // Only one of two grade-3 services found, at rank 1: 7 / (7 + 7/log2 3).
        let got = ndcg(&[3], &[3, 3], 10).unwrap();
        assert!(close(got, 7.0 / (7.0 + 7.0 / 3f64.log2())));
        assert!(ndcg(&[0, 0], &[0], 10).is_none());
        assert!(close(ndcg(&[], &[2], 10).unwrap(), 0.0));
    }

    #[test]
    fn recall_counts_only_grades_two_and_up_within_k() {
        assert!(close(recall(&[1, 2, 0, 3], 4, 20).unwrap(), 0.5));
        assert!(close(recall(&[1, 2, 0, 3], 4, 2).unwrap(), 0.25));
        assert!(recall(&[1], 0, 20).is_none());
    }

    fn set(yaml: &str) -> Result<QuerySet, EvalError> {
        QuerySet::parse("queries.yaml", yaml)
    }

    fn one_query(body: &str) -> String {
        format!("now: 2026-09-16T15:00:00Z\nqueries:\n{body}")
    }

    #[test]
    fn parses_demo_and_miami_judgments() {
        let s = set(&one_query(&format!(
            "- id: q1\n  language: es\n  corpus: demo\n  text: abogado gratis\n  filters: {{free: true, near: '45402'}}\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: Consultations}}\n    - {{id: {DEMO_B}, grade: 1, name: Defense}}\n- id: q2\n  language: en\n  corpus: miami\n  text: food\n  judgments:\n    - {{legacy: 136, grade: 2, name: Girl Scouts}}\n"
        )))
        .unwrap();
        assert_eq!(s.queries.len(), 2);
        let q1 = &s.queries[0];
        assert!(q1.filters.free);
        assert_eq!(q1.filters.near.as_deref(), Some("45402"));
        assert_eq!(q1.judgments[0].service_id, Uuid::parse_str(DEMO_A).unwrap());
        // Miami ids are those the HSDS 1.x importer writes.
        assert_eq!(
            s.queries[1].judgments[0].service_id,
            stable_id("miami-open211-2019", "service", "136")
        );
        assert_eq!(s.languages(), vec!["en", "es"]);
    }

    #[test]
    fn errors_name_the_query_and_the_field() {
        let bad_grade = set(&one_query(&format!(
            "- id: q1\n  language: es\n  corpus: demo\n  text: x\n  judgments:\n    - {{id: {DEMO_A}, grade: 4, name: A}}\n"
        )))
        .unwrap_err();
        let msg = bad_grade.to_string();
        assert!(
            msg.contains("queries.yaml") && msg.contains("\"q1\""),
            "{msg}"
        );
        assert!(msg.contains("judgments[0].grade"), "{msg}");

        let legacy_in_demo = set(&one_query(
            "- id: q2\n  language: es\n  corpus: demo\n  text: x\n  judgments:\n    - {legacy: 5, grade: 3, name: A}\n",
        ))
        .unwrap_err();
        assert!(
            matches!(legacy_in_demo, EvalError::Invalid { ref field, .. } if field == "judgments[0]")
        );

        let nothing_relevant = set(&one_query(&format!(
            "- id: q3\n  language: es\n  corpus: demo\n  text: x\n  judgments:\n    - {{id: {DEMO_A}, grade: 1, name: A}}\n"
        )))
        .unwrap_err();
        assert!(
            matches!(nothing_relevant, EvalError::Invalid { ref field, .. } if field == "judgments")
        );

        let dup = one_query(&format!(
            "- id: q4\n  language: es\n  corpus: demo\n  text: x\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n"
        ));
        let dup = format!(
            "{dup}{}",
            dup.lines().skip(2).collect::<Vec<_>>().join("\n")
        );
        assert!(
            matches!(set(&dup).unwrap_err(), EvalError::Invalid { ref field, .. } if field == "id")
        );

        let unknown = set(&one_query(&format!(
            "- id: q5\n  language: es\n  corpus: demo\n  text: x\n  filters: {{cheap: true}}\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n"
        )))
        .unwrap_err();
        assert!(matches!(unknown, EvalError::Syntax { .. }), "{unknown}");
        assert!(unknown.to_string().contains("cheap"), "{unknown}");

        let bad_zip = set(&one_query(&format!(
            "- id: q6\n  language: es\n  corpus: demo\n  text: x\n  filters: {{near: '4540'}}\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n"
        )))
        .unwrap_err();
        assert!(matches!(bad_zip, EvalError::Invalid { ref field, .. } if field == "filters.near"));
    }

    fn results(ids: &[Uuid]) -> SearchResults {
        SearchResults {
            total: ids.len(),
            hits: ids
                .iter()
                .map(|&service_id| Hit {
                    service_id,
                    score: 1.0,
                    why: Why::default(),
                })
                .collect(),
            expansion: Expansion::default(),
        }
    }

    #[test]
    fn run_scores_and_aggregates_per_language_and_corpus() {
        let a = Uuid::parse_str(DEMO_A).unwrap();
        let b = Uuid::parse_str(DEMO_B).unwrap();
        let s = set(&one_query(&format!(
            "- id: perfect\n  language: es\n  corpus: demo\n  text: one\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n    - {{id: {DEMO_B}, grade: 2, name: B}}\n- id: swapped\n  language: es\n  corpus: demo\n  text: two\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n    - {{id: {DEMO_B}, grade: 2, name: B}}\n- id: nothing\n  language: en\n  corpus: demo\n  text: three\n  judgments:\n    - {{id: {DEMO_A}, grade: 2, name: A}}\n"
        )))
        .unwrap();
        let report = run(
            &s,
            &ZipCentroids::default(),
            |r: &SearchRequest| -> Result<SearchResults, String> {
                assert_eq!(r.limit, RECALL_K);
                Ok(match r.text.as_deref() {
                    Some("one") => results(&[a, Uuid::nil(), b]),
                    Some("two") => results(&[b, a]),
                    _ => results(&[Uuid::nil()]),
                })
            },
        )
        .unwrap();
        let one = (7.0 + 3.0 / 4f64.log2()) / (7.0 + 3.0 / 3f64.log2());
        assert!(close(report.queries[0].ndcg_at_10, one));
        assert!(close(report.queries[1].ndcg_at_10, 0.833_991_232_398_148_8));
        assert!(close(report.queries[2].ndcg_at_10, 0.0));
        assert_eq!(report.queries[2].missed, vec!["A".to_owned()]);
        let es = &report.by_language["es"];
        assert_eq!(es.queries, 2);
        assert!(close(es.ndcg_at_10, (one + 0.833_991_232_398_148_8) / 2.0));
        assert!(close(es.recall_at_20, 1.0));
        assert!(close(report.overall.recall_at_20, 2.0 / 3.0));
        assert_eq!(report.by_corpus["demo"].queries, 3);
        let table = report.to_string();
        assert!(
            table.contains("language") && table.contains("nDCG@10"),
            "{table}"
        );
        assert!(
            table
                .lines()
                .any(|l| l.starts_with("all") && l.contains(" 3 ")),
            "{table}"
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["by_language"]["en"]["queries"], 1);

        let failing = run(
            &s,
            &ZipCentroids::default(),
            |_: &SearchRequest| -> Result<SearchResults, String> { Err("index gone".into()) },
        )
        .unwrap_err();
        assert!(
            failing.to_string().contains("perfect") && failing.to_string().contains("index gone")
        );
    }

    #[test]
    fn filters_reach_the_request() {
        let s = set(&one_query(&format!(
            "- id: near\n  language: en\n  corpus: demo\n  text: food\n  filters: {{near: '45417', free: true, open: true, languages: [es]}}\n  judgments:\n    - {{id: {DEMO_A}, grade: 3, name: A}}\n"
        )))
        .unwrap();
        let zips = ZipCentroids::parse_csv("zip,lat,lon\n45417,39.735172,-84.288826\n").unwrap();
        let r = request(&s.queries[0], s.now, &zips).unwrap();
        let near = r.filters.near.unwrap();
        assert!(close(near.lat, 39.735172) && close(near.lon, -84.288826));
        assert_eq!(near.radius_m, Some(NEAR_RADIUS_M));
        assert!(r.filters.free && !r.filters.walk_in);
        assert_eq!(r.filters.open, Some(filter::OpenFilter::Now));
        assert_eq!(r.filters.languages, vec!["es".to_owned()]);
        assert_eq!(r.locale.as_deref(), Some("en"));
        assert_eq!(r.now, s.now);
        let unknown = request(&s.queries[0], s.now, &ZipCentroids::default()).unwrap_err();
        assert!(unknown.to_string().contains("45417"), "{unknown}");
    }

    #[test]
    fn the_shipped_query_file_is_valid_and_broad() {
        let text = include_str!("../../../data/eval/queries.yaml");
        let s = QuerySet::parse("data/eval/queries.yaml", text).unwrap();
        assert!(s.queries.len() >= 80, "{} queries", s.queries.len());
        assert!(s.languages().len() >= 10, "{:?}", s.languages());
        for corpus in [Corpus::Demo, Corpus::Miami] {
            assert!(s.queries.iter().filter(|q| q.corpus == corpus).count() >= 20);
        }
        // Every demo judgment names a service that exists in the demo directory.
        let demo: serde_json::Value =
            serde_json::from_str(include_str!("../../../data/demo/services.json")).unwrap();
        let ids: HashSet<Uuid> = demo
            .as_array()
            .unwrap()
            .iter()
            .map(|s| Uuid::parse_str(s["id"].as_str().unwrap()).unwrap())
            .collect();
        for q in s.queries.iter().filter(|q| q.corpus == Corpus::Demo) {
            for j in &q.judgments {
                assert!(
                    ids.contains(&j.service_id),
                    "{}: {} is not a demo service",
                    q.id,
                    j.name
                );
            }
        }
    }

    proptest! {
        #[test]
        fn ndcg_is_between_zero_and_one(
            judged in proptest::collection::vec(0u8..=3, 1..30),
            order in proptest::collection::vec(any::<prop::sample::Index>(), 0..30),
        ) {
            prop_assume!(judged.iter().any(|&g| g > 0));
            let mut ideal = judged.clone();
            ideal.sort_unstable_by(|a, b| b.cmp(a));
            // A ranking: some of the judged grades, in any order, plus unjudged zeros.
            let mut pool = judged.clone();
            let mut ranked = Vec::new();
            for ix in order {
                if pool.is_empty() { ranked.push(0); continue; }
                ranked.push(pool.remove(ix.index(pool.len())));
            }
            let v = ndcg(&ranked, &ideal, NDCG_K).unwrap();
            prop_assert!((0.0..=1.0 + 1e-12).contains(&v), "{v}");
            prop_assert!(close(ndcg(&ideal, &ideal, NDCG_K).unwrap(), 1.0));
        }

        #[test]
        fn recall_never_falls_as_k_grows(
            ranked in proptest::collection::vec(0u8..=3, 0..40),
            extra in 0usize..5,
        ) {
            let relevant = ranked.iter().filter(|&&g| g >= RELEVANT_GRADE).count() + extra;
            prop_assume!(relevant > 0);
            let mut last = 0.0;
            for k in 0..=ranked.len() + 1 {
                let r = recall(&ranked, relevant, k).unwrap();
                prop_assert!(r + 1e-12 >= last && r <= 1.0);
                last = r;
            }
        }
    }
}
