//! `puerta eval`: the relevance harness. Searches the judged queries of `data/eval/queries.yaml`
//! and prints nDCG@10 and recall@20 per language, per corpus and overall.
//!
//! Without `--db` (or `PUERTA_DB`) it builds its own temporary SQLite database: the shipped
//! demo directory, plus the Miami 2-1-1 package when it is found (`$PUERTA_SHARED_DATA` or
//! `../shared/data`), so the figures are comparable from one run to the next. With `--db` it
//! searches that database as it is (import the demo with `puerta demo` and Miami with
//! `puerta import ../shared/data/hsds/datasets/miami-open211-2019` first); queries of a corpus
//! none of whose judged services is in the database are left out, with a note.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::parser::ValueSource;
use clap::CommandFactory;
use puerta_search::eval::{self, Corpus, QuerySet};
use puerta_search::geo::ZipCentroids;
use puerta_search::index::SearchIndex;
use puerta_store::Store;

/// The judged queries shipped inside the binary.
const QUERIES_YAML: &str = include_str!("../../../data/eval/queries.yaml");

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Judged query file (default: the shipped `data/eval/queries.yaml`).
    #[arg(long)]
    queries: Option<PathBuf>,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Also print every query's figures, worst first, with the relevant services missed.
    #[arg(long)]
    detail: bool,
}

pub async fn run(db: &str, args: EvalArgs) -> anyhow::Result<()> {
    let mut set = match &args.queries {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            QuerySet::parse(&path.display().to_string(), &text)?
        }
        None => QuerySet::parse("data/eval/queries.yaml", QUERIES_YAML)?,
    };

    let _tmp; // keeps the temporary database alive until the end
    let store = if db_was_given() {
        let store = crate::open(db).await?;
        for corpus in [Corpus::Demo, Corpus::Miami] {
            if !corpus_present(&*store, &set, corpus).await? {
                eprintln!("note: no judged {corpus} service is in {db}: its queries are left out");
                set.queries.retain(|q| q.corpus != corpus);
            }
        }
        store
    } else {
        let dir = tempfile::tempdir().context("cannot create a temporary folder")?;
        let path = dir.path().join("eval.db").display().to_string();
        _tmp = dir;
        let store = crate::open(&path).await?;
        crate::demo::load(&*store).await?;
        match miami_package() {
            Some(miami) => {
                let options = puerta_ingest::ImportOptions {
                    format: puerta_ingest::Format::Hsds1Datapackage,
                    replace: true,
                    source: Some(eval::MIAMI_SOURCE.to_owned()),
                    progress: false,
                };
                puerta_ingest::import(&*store, &miami, &options)
                    .await
                    .with_context(|| format!("cannot import {}", miami.display()))?;
            }
            None => {
                eprintln!(
                    "note: the Miami package was not found (set PUERTA_SHARED_DATA): only the demo queries are run"
                );
                set.queries.retain(|q| q.corpus != Corpus::Miami);
            }
        }
        store
    };
    anyhow::ensure!(
        !set.queries.is_empty(),
        "no query can be run on this database"
    );

    let index = SearchIndex::build(&*store)
        .await
        .map_err(|e| anyhow::anyhow!("cannot build the search index: {e}"))?;
    let zips = ZipCentroids::shipped().context("cannot read the ZIP code centroids")?;
    let report = eval::run(&set, &zips, |r| index.search(r));
    store.close().await;
    let report = report?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{report}");
        if args.detail {
            print!("\n{}", report.detail());
        }
    }
    Ok(())
}

/// True when the database was named on the command line or in `PUERTA_DB` (not defaulted).
fn db_was_given() -> bool {
    crate::Cli::command()
        .try_get_matches()
        .ok()
        .and_then(|m| m.value_source("db"))
        .is_some_and(|s| s != ValueSource::DefaultValue)
}

async fn corpus_present(store: &dyn Store, set: &QuerySet, corpus: Corpus) -> anyhow::Result<bool> {
    let Some(query) = set.queries.iter().find(|q| q.corpus == corpus) else {
        return Ok(true);
    };
    let ids: Vec<_> = query.judgments.iter().map(|j| j.service_id).collect();
    Ok(!store.full_services(&ids).await?.is_empty())
}

/// The Miami package beside the repository, if it is there.
fn miami_package() -> Option<PathBuf> {
    let shared = std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    [
        shared,
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    ]
    .into_iter()
    .map(|d| d.join("hsds/datasets/miami-open211-2019"))
    .find(|p| p.is_dir())
}
