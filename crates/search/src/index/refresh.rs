//! Keeping the index current: apply the store's change feed.
//!
//! A service change re-indexes (or removes) that service. An organization, location or
//! service-at-location change re-indexes the services that embed it (found through what
//! the index remembers, so deletions are handled too, and through the store for new
//! links). A taxonomy change reloads the terms and re-indexes the services classified
//! under the changed terms or their descendants (their names and ancestors are indexed).

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use puerta_store::{Kind, Store};
use uuid::Uuid;

use super::{
    document, load_terms, read, slot_number, write, Entry, SearchError, SearchIndex, Terms, BATCH,
    FEED_PAGE,
};

pub(super) async fn refresh(index: &SearchIndex, store: &dyn Store) -> Result<usize, SearchError> {
    let _one_at_a_time = index.refreshing.lock().await;
    let started = Instant::now();
    let mut seq = read(&index.state).last_seq;
    let mut changes = Vec::new();
    loop {
        let page = store.changes_since(seq, FEED_PAGE).await?;
        let Some(last) = page.last() else { break };
        seq = last.seq;
        let full = page.len() >= FEED_PAGE as usize;
        changes.extend(page);
        if !full {
            break;
        }
    }
    if changes.is_empty() {
        return Ok(0);
    }

    let mut services: HashSet<Uuid> = HashSet::new();
    let mut organizations: HashSet<Uuid> = HashSet::new();
    let mut locations: HashSet<Uuid> = HashSet::new();
    let mut service_at_locations: HashSet<Uuid> = HashSet::new();
    let mut changed_terms: Vec<Uuid> = Vec::new();
    let mut taxonomy_changed = false;
    for change in &changes {
        match change.kind {
            Kind::Service => {
                services.insert(change.id);
            }
            Kind::Organization => {
                organizations.insert(change.id);
            }
            Kind::Location => {
                locations.insert(change.id);
            }
            Kind::ServiceAtLocation => {
                service_at_locations.insert(change.id);
                if !change.deleted {
                    if let Some(sal) = store.service_at_location(change.id).await? {
                        services.extend(sal.service_id);
                    }
                }
            }
            Kind::TaxonomyTerm => {
                taxonomy_changed = true;
                changed_terms.push(change.id);
            }
            Kind::Taxonomy => taxonomy_changed = true,
        }
    }
    for org in &organizations {
        services.extend(store.organization_service_ids(*org).await?);
    }
    let new_terms = if taxonomy_changed {
        Some(Terms::new(&load_terms(store).await?))
    } else {
        None
    };
    {
        let state = read(&index.state);
        let mut affected_terms = state.terms.with_descendants(&changed_terms);
        if let Some(terms) = &new_terms {
            affected_terms.extend(terms.with_descendants(&changed_terms));
        }
        for entry in state.entries.iter().flatten() {
            let touched = entry
                .organization_id
                .is_some_and(|o| organizations.contains(&o))
                || entry.location_ids.iter().any(|l| locations.contains(l))
                || entry
                    .service_at_location_ids
                    .iter()
                    .any(|s| service_at_locations.contains(s))
                || entry.term_ids.iter().any(|t| affected_terms.contains(t));
            if touched {
                services.insert(entry.id);
            }
        }
    }

    let mut ids: Vec<Uuid> = services.into_iter().collect();
    ids.sort_unstable();
    let mut fresh = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        for s in store.full_services(chunk).await? {
            fresh.insert(s.id, s);
        }
    }

    let mut state = write(&index.state);
    if let Some(terms) = new_terms {
        state.terms = terms;
    }
    let mut applied = 0;
    {
        let writer = index
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for id in &ids {
            let old = state.slots.get(id).copied();
            if let Some(slot) = old {
                writer.delete_term(tantivy::Term::from_field_u64(
                    index.fields.slot,
                    u64::from(slot),
                ));
            }
            match fresh.get(id) {
                Some(service) => {
                    let slot = match old {
                        Some(slot) => slot,
                        None => {
                            let slot = slot_number(state.entries.len())?;
                            state.slots.insert(*id, slot);
                            state.live += 1;
                            slot
                        }
                    };
                    writer.add_document(document(&index.fields, slot, service, &state.terms))?;
                    state.set(slot, Some(Entry::new(service)));
                    applied += 1;
                }
                None => {
                    if let Some(slot) = old {
                        state.slots.remove(id);
                        state.set(slot, None);
                        state.live = state.live.saturating_sub(1);
                        applied += 1;
                    }
                }
            }
        }
    }
    // The writer is not shared with searches: commit under its lock, then show the result.
    {
        let mut writer = index
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        writer.commit()?;
    }
    state.last_seq = seq;
    if applied > 0 {
        state.rebuild_name_order();
    }
    drop(state);
    index.reader.reload()?;
    index.map_slots()?;
    index
        .generation
        .store(seq, std::sync::atomic::Ordering::Release);
    tracing::debug!(
        changes = changes.len(),
        services = applied,
        ms = started.elapsed().as_millis() as u64,
        "search index refresh applied"
    );
    Ok(applied)
}
