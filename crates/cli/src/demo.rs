//! The demo directory shipped inside the binary: the Open Eligibility taxonomy and the
//! services of a fictional city (see `data/demo/README.md`).

use anyhow::Context;
use puerta_ingest::{Format, ImportOptions, ImportReport};
use puerta_store::Store;

const OPEN_ELIGIBILITY_CSV: &str =
    include_str!("../../../data/taxonomies/open-eligibility/taxonomy.csv");
const DEMO_SERVICES_JSON: &str = include_str!("../../../data/demo/services.json");

/// Loads (or refreshes) the shipped taxonomy and demo services. Each is imported atomically
/// and replaces what an earlier load wrote, so running it twice changes nothing.
pub async fn load(store: &dyn Store) -> anyhow::Result<Vec<ImportReport>> {
    let dir = tempfile::tempdir().context("cannot create a temporary folder")?;
    let taxonomy = dir.path().join("taxonomy.csv");
    std::fs::write(&taxonomy, OPEN_ELIGIBILITY_CSV).context("cannot write the taxonomy")?;
    let services = dir.path().join("demo-services.json");
    std::fs::write(&services, DEMO_SERVICES_JSON).context("cannot write the demo services")?;
    let mut reports = Vec::new();
    for (path, format, source) in [
        (&taxonomy, Format::OpenEligibility, "open-eligibility"),
        (&services, Format::Hsds3Json, "demo"),
    ] {
        let options = ImportOptions {
            format,
            replace: true,
            source: Some(source.to_owned()),
            progress: false,
        };
        let report = puerta_ingest::import(store, path, &options)
            .await
            .with_context(|| format!("cannot load the shipped {source} data"))?;
        reports.push(report);
    }
    Ok(reports)
}
