//! The DOJ/EOIR roster of recognized organizations and accredited representatives: reading
//! the roster file, matching its offices to the directory's organizations, and marking the
//! matched organizations' services (see [`puerta_domain::legal`] for the rules).
//!
//! Where marks live: as HSDS attributes on the services themselves (so `GET /services/{id}`,
//! exports and search see them), linked to the terms of Puerta's legal-verification
//! taxonomy. A service is written back under the source that owns it ([`Store::source_of`]),
//! never under `eoir-roster`: otherwise `import --replace` of the owner would no longer
//! delete it. The taxonomy and its terms belong to [`SOURCE`]. Re-importing a source
//! rewrites its services without marks; run `puerta legal verify --apply` after imports.
//!
//! Writes: the taxonomy first (one transaction), then one transaction per owning source
//! (SQLite allows one writer at a time). If a later transaction fails, the earlier ones
//! stay; running again converges, because marks are derived, replaced as a whole and have
//! stable ids (a second run writes nothing).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use puerta_domain::legal::{
    self, match_offices, DirectoryAddress, DirectoryOrganization, MatchOutcome, OfficeMatch,
    RepresentativeRecord, Roster, REVIEW_THRESHOLD,
};
use puerta_domain::{Attribute, Organization, PlaceKind};
use puerta_store::{
    Kind, OrganizationFilter, PageRequest, ServiceFilter, Store, StoreError, WriteSummary,
};
use uuid::Uuid;

use crate::ImportError;

/// The source name of the records this module owns (the legal-verification taxonomy).
pub const SOURCE: &str = "eoir-roster";

/// A roster as read from its file.
#[derive(Debug, Clone)]
pub struct RosterFile {
    pub path: PathBuf,
    /// The roster's edition, from a `YYYY-MM-DD` in the file name (else the file name).
    pub edition: String,
    pub roster: Roster,
}

/// Reads a roster file. Errors name the file, the record's array index (as 1-based row
/// and in the message) and the field; they never repeat a representative's name.
pub fn read_roster(path: &Path) -> Result<RosterFile, ImportError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ImportError::file(path, format!("cannot read the roster: {e}")))?;
    let mut de = serde_json::Deserializer::from_str(&text);
    let records: Vec<RepresentativeRecord> =
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let mut index = None;
            let mut field = None;
            for segment in e.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index: i } => index = Some(*i),
                    serde_path_to_error::Segment::Map { key } => field = Some(key.clone()),
                    _ => {}
                }
            }
            let inner = e.into_inner();
            // serde_json's message may quote the offending text; for the name field that
            // is personal data, so it is replaced by a neutral message.
            let message = if field.as_deref() == Some("representative_name") {
                "the representative's name is missing or not text".to_owned()
            } else {
                inner.to_string()
            };
            let message = match index {
                Some(i) => format!("array index {i}: {message}"),
                None => message,
            };
            ImportError {
                file: path.to_path_buf(),
                row: index.map(|i| i as u64 + 1),
                field,
                message,
            }
        })?;
    let roster =
        Roster::from_records(records).map_err(|e| ImportError::file(path, e.to_string()))?;
    Ok(RosterFile {
        path: path.to_path_buf(),
        edition: edition_of(path),
        roster,
    })
}

fn edition_of(path: &Path) -> String {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(9))
        .map(|i| &name[i..i + 10])
        .find(|w| w.parse::<Date>().is_ok())
        .map_or(name.clone(), str::to_owned)
}

/// What matching found.
#[derive(Debug, Clone)]
pub struct Verification {
    pub as_of: Date,
    pub matches: Vec<OfficeMatch>,
    /// The directory organizations that were candidates, by id.
    pub organizations: HashMap<Uuid, DirectoryOrganization>,
    /// Organizations in the directory.
    pub directory_size: usize,
}

impl Verification {
    pub fn matched(&self) -> impl Iterator<Item = &OfficeMatch> {
        self.matches
            .iter()
            .filter(|m| m.outcome == MatchOutcome::Matched)
    }
}

/// Errors of verification against the store.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("database error: {0}")]
    Store(#[from] StoreError),
    #[error("cannot build the legal-verification taxonomy: {0}")]
    Taxonomy(String),
}

fn addresses(locations: &[puerta_domain::Location]) -> Vec<DirectoryAddress> {
    locations
        .iter()
        .flat_map(|l| l.addresses.iter())
        .filter(|a| a.address_type != PlaceKind::Virtual)
        .map(|a| DirectoryAddress {
            address_1: a.address_1.as_str().to_owned(),
            city: Some(a.city.as_str().to_owned()),
            postal_code: Some(a.postal_code.as_str().to_owned()),
        })
        .collect()
}

/// Matches the roster's offices against every organization in the store. Only
/// organizations whose name could reach the review list are looked at further (their
/// locations are read): the address can raise a score, never make a match on its own.
pub async fn verify(
    store: &dyn Store,
    roster: &Roster,
    as_of: Date,
) -> Result<Verification, VerifyError> {
    let mut all: Vec<Organization> = Vec::new();
    let mut page = PageRequest {
        page: 1,
        per_page: PageRequest::MAX_PER_PAGE,
    };
    loop {
        let got = store
            .list_organizations(&OrganizationFilter::default(), page)
            .await?;
        let n = got.items.len();
        all.extend(got.items);
        if n < page.per_page as usize || all.len() as u64 >= got.total {
            break;
        }
        page.page += 1;
    }
    let directory_size = all.len();
    let min_name = REVIEW_THRESHOLD.min(0.5);
    let mut candidates = Vec::new();
    for org in all {
        let could_match = roster.offices.iter().any(|office| {
            let mut s = legal::name_similarity(&office.organization_name, org.name.as_str());
            if let Some(alt) = &org.alternate_name {
                s = s.max(legal::name_similarity(&office.organization_name, alt));
            }
            s >= min_name
        });
        if !could_match {
            continue;
        }
        let locations = store.organization_locations(org.id).await?;
        candidates.push(DirectoryOrganization {
            id: org.id,
            name: org.name.as_str().to_owned(),
            alternate_name: org.alternate_name.clone(),
            addresses: addresses(&locations),
        });
    }
    let matches = match_offices(&roster.offices, &candidates);
    Ok(Verification {
        as_of,
        matches,
        organizations: candidates.into_iter().map(|o| (o.id, o)).collect(),
        directory_size,
    })
}

/// What `apply` changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Services that carry marks after this run.
    pub marked_services: u64,
    /// Services whose marks were added, changed or removed by this run.
    pub changed_services: u64,
    /// Services that lost all their marks (their organization is no longer matched).
    pub unmarked_services: u64,
    /// Matched organizations without a recognizable legal service (all services marked).
    pub organizations_without_legal_service: Vec<Uuid>,
    pub store: WriteSummary,
}

fn add(total: &mut WriteSummary, s: WriteSummary) {
    total.written += s.written;
    total.unchanged += s.unchanged;
    total.deleted += s.deleted;
}

/// Writes the marks of the matched offices and removes marks that no match supports any
/// more. Idempotent: a second run with the same roster and day writes nothing.
pub async fn apply(
    store: &dyn Store,
    roster: &RosterFile,
    verification: &Verification,
) -> Result<ApplyReport, VerifyError> {
    let mut report = ApplyReport::default();
    // Desired marks per service.
    let mut desired: BTreeMap<Uuid, Vec<Attribute>> = BTreeMap::new();
    let mut services = HashMap::new();
    let mut seen_orgs = HashSet::new();
    for m in verification.matched() {
        let (Some(best), Some(office)) = (&m.best, roster.roster.offices.get(m.office)) else {
            continue;
        };
        let ids = store.organization_service_ids(best.organization_id).await?;
        let mut org_services = Vec::new();
        for id in ids {
            if let Some(s) = store.service(id).await? {
                org_services.push(s);
            }
        }
        let legal_ones: Vec<_> = org_services
            .iter()
            .filter(|s| legal::is_legal_service(s))
            .collect();
        let targets = if legal_ones.is_empty() {
            if seen_orgs.insert(best.organization_id) {
                report
                    .organizations_without_legal_service
                    .push(best.organization_id);
            }
            org_services.iter().collect()
        } else {
            legal_ones
        };
        for s in targets {
            let marks = legal::service_marks(s.id, office, verification.as_of, &roster.edition);
            desired.entry(s.id).or_default().extend(marks);
        }
        for s in org_services {
            services.insert(s.id, s);
        }
    }
    desired.retain(|_, marks| !marks.is_empty());

    // Services marked now (by earlier runs) that may have to lose their marks.
    let marked_now = store
        .service_ids(&ServiceFilter {
            taxonomy_id: Some(legal::taxonomy_id()),
            ..ServiceFilter::default()
        })
        .await?;
    let mut all_ids: Vec<Uuid> = desired.keys().copied().collect();
    all_ids.extend(marked_now);
    all_ids.sort_unstable();
    all_ids.dedup();

    // Updated services grouped by the source that owns them.
    let mut by_owner: BTreeMap<String, Vec<puerta_domain::Service>> = BTreeMap::new();
    for id in all_ids {
        let service = match services.remove(&id) {
            Some(s) => s,
            None => match store.service(id).await? {
                Some(s) => s,
                None => continue,
            },
        };
        let marks = desired.get(&id).cloned().unwrap_or_default();
        if !marks.is_empty() {
            report.marked_services += 1;
        }
        let Some(mut updated) = legal::with_marks(&service, marks.clone()) else {
            continue;
        };
        // The store fills `last_modified` from its own clock when reading; the write
        // below is the modification, so the document keeps none.
        updated.last_modified = None;
        report.changed_services += 1;
        if marks.is_empty() {
            report.unmarked_services += 1;
        }
        let owner = store
            .source_of(Kind::Service, id)
            .await?
            .unwrap_or_else(|| SOURCE.to_owned());
        by_owner.entry(owner).or_default().push(updated);
    }

    if !desired.is_empty() {
        let taxonomy = legal::taxonomy().map_err(|e| VerifyError::Taxonomy(e.to_string()))?;
        let mut tx = store.begin_write(SOURCE).await?;
        tx.put_taxonomy(&taxonomy).await?;
        for mark in legal::LegalMark::ALL {
            let term = mark
                .term()
                .map_err(|e| VerifyError::Taxonomy(e.to_string()))?;
            tx.put_taxonomy_term(&term).await?;
        }
        add(&mut report.store, tx.commit().await?);
    }
    for (owner, updated) in by_owner {
        let mut tx = store.begin_write(&owner).await?;
        for s in &updated {
            tx.put_service(s).await?;
        }
        add(&mut report.store, tx.commit().await?);
    }
    Ok(report)
}
