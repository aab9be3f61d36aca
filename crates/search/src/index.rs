//! The full-text index over services.
//!
//! [`SearchIndex::build`] reads every service from the store (full services, in batches)
//! into a tantivy index in a private temporary folder (memory-mapped), and keeps what
//! filters and "why" need about each service ([`ServiceFacts`]) in memory, in a table
//! addressed by a *slot* number that tantivy stores as a fast field. [`SearchIndex::refresh`]
//! applies the store's change feed, so an import made by another process shows up without a
//! restart ([`spawn_refresher`] runs it every second in `puerta serve`).
//!
//! A search runs the query through the lexicon ([`crate::lexicon`]), builds one tantivy
//! query (BM25 over the per-field English-stemmed fields, a language-neutral copy, a
//! Spanish-stemmed copy, CJK character pairs; lexicon words at a lower boost; fuzzy terms
//! for typos; the lexicon's taxonomy terms as a constant bonus), collects *every* matching
//! service so that filters apply exactly and `total` is exact, then ranks by normalised
//! BM25 × distance decay × freshness, with ties broken by name then id. See [`rank`].
//!
//! Query text is never logged: it can reveal a person's circumstances.

mod analyze;
mod rank;
mod refresh;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use jiff::civil::Date;
use puerta_domain::{GeoPoint, Service, TaxonomyTerm};
use puerta_store::{PageRequest, ServiceFilter, Store, StoreError, TaxonomyTermFilter};
use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, EnableScoring, FuzzyTermQuery, Occur, Query,
    TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    DocId, DocSet, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, SegmentOrdinal,
    SegmentReader, TantivyDocument, Term, TERMINATED,
};
use uuid::Uuid;

use self::analyze::Fields;
use self::rank::Ranked;
use crate::facts::LangCode;
use crate::facts::{ServiceFacts, TermTree};
use crate::filter::{FilterMatch, QuickFacts};
use crate::lexicon::Lexicon;
use crate::{Expansion, Hit, SearchRequest, SearchResults, Why};

/// Services read from the store at a time while building or refreshing.
const BATCH: usize = 500;
/// Indexing memory while building (split among the indexing threads).
const BUILD_HEAP_BYTES: usize = 192 * 1024 * 1024;
/// Indexing memory kept for refreshes.
const REFRESH_HEAP_BYTES: usize = 32 * 1024 * 1024;
/// Change-feed entries read at a time.
const FEED_PAGE: u32 = 5_000;
/// Longest accepted query text (characters).
pub const MAX_QUERY_CHARS: usize = 500;
/// Most results per page.
pub const MAX_LIMIT: usize = 1_000;
/// Typo tolerance applies to queries of at most this many words.
const FUZZY_MAX_WORDS: usize = 4;
/// A word in more than this percentage of documents is left out of a query that has other
/// words (see `Plan::new`).
const UBIQUITOUS_SHARE: u64 = 35;
/// ... once the directory is big enough for document frequencies to mean something.
const UBIQUITOUS_MIN_DOCS: u64 = 200;
/// Dictionary words a fuzzy term may stand for when explaining a match.
const FUZZY_EXPLAIN_TERMS: usize = 64;

/// Why a search or an index operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The request cannot be searched (too long, bad paging, bad coordinates): a 400.
    #[error("{0}")]
    BadQuery(String),
    #[error("cannot read the directory: {0}")]
    Store(#[from] StoreError),
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index input/output error: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot load the lexicon: {0}")]
    Lexicon(String),
}

/// The search index; share it as `Arc<SearchIndex>`.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<IndexWriter>,
    state: RwLock<State>,
    lexicon: Lexicon,
    /// One refresh at a time.
    refreshing: tokio::sync::Mutex<()>,
    /// The change-feed sequence number searches see (set once a refresh is visible).
    generation: std::sync::atomic::AtomicI64,
    /// Per segment of the current searcher: the slot of each document, read once from the
    /// `slot` fast field when the segment appears (see [`SearchIndex::map_slots`]).
    slot_maps: RwLock<HashMap<SegmentId, Arc<[u32]>>>,
    /// The dictionary words within a typo of query words, for the current searcher.
    fuzzy_words: Mutex<FuzzyWords>,
    /// The index's folder, removed when the index is dropped.
    _dir: tempfile::TempDir,
}

/// What the index keeps in memory.
struct State {
    /// By slot. A slot is never reused, so a tantivy document that is deleted but still
    /// visible to an older searcher never points at another service.
    entries: Vec<Option<Entry>>,
    slots: HashMap<Uuid, u32>,
    terms: Terms,
    /// The last change-feed sequence number applied.
    last_seq: i64,
    live: usize,
    /// By slot: the entry's position in (name, id) order, so that ties in score are broken
    /// by comparing two integers instead of two names. Rebuilt after every change.
    name_order: Vec<u32>,
    /// By slot: what a search reads for every match (see [`Hot`]).
    hot: Vec<Hot>,
    /// The places of the services, prepared for distances: `Hot::places` ranges into it.
    places: Vec<GeoPoint>,
    /// Places in `places` that no live slot points at any more (after updates).
    stale_places: usize,
    /// The bit of each language in [`Hot::languages`], given as languages are first seen;
    /// languages beyond the 63rd share [`OTHER_LANGUAGES`].
    language_bits: HashMap<LangCode, u32>,
    /// By slot: whether the service was open in a minute, remembered for the "open now"
    /// filter (see [`OpenMemo`]).
    open_memo: Vec<AtomicU32>,
}

/// Query words most remembered by [`FuzzyWords`] (then it starts again).
const FUZZY_WORDS_KEPT: usize = 4_096;

/// For one searcher (one set of segments): the dictionary words within a typo of a query
/// word. Finding them walks every segment's dictionary with a Levenshtein automaton, which
/// costs more than the rest of a short query; residents in one city type the same few
/// words, so each is looked up once per searcher.
#[derive(Default)]
struct FuzzyWords {
    searcher: u64,
    words: HashMap<(Term, u8), Arc<[Term]>>,
}

/// The bit of [`Hot::languages`] for languages without a bit of their own.
const OTHER_LANGUAGES: u32 = 63;

/// "Open now" of one service, remembered for one minute: opening hours are given in whole
/// minutes, so the answer holds for the whole minute, and a page of "open now" results
/// computed by many residents in the same minute is worked out once per service. Packed as
/// `minute << 2 | answer` (answer: 1 open, 2 closed, 3 unknown; 0 nothing remembered), the
/// minute kept modulo 2³⁰ (about 2,000 years).
struct OpenMemo;

impl OpenMemo {
    fn minute_tag(now: jiff::Timestamp) -> u32 {
        (now.as_second().div_euclid(60) & 0x3FFF_FFFF) as u32
    }

    fn get(cell: &AtomicU32, tag: u32) -> Option<Option<bool>> {
        let v = cell.load(AtomicOrdering::Relaxed);
        if v >> 2 != tag {
            return None;
        }
        match v & 3 {
            1 => Some(Some(true)),
            2 => Some(Some(false)),
            3 => Some(None),
            _ => None,
        }
    }

    fn put(cell: &AtomicU32, tag: u32, answer: Option<bool>) {
        let code = match answer {
            Some(true) => 1,
            Some(false) => 2,
            None => 3,
        };
        cell.store(tag << 2 | code, AtomicOrdering::Relaxed);
    }
}

/// What a search reads for every matching service, by slot, in one compact table: a
/// query that matches 20,000 services reads a few hundred kilobytes in slot order rather
/// than following pointers into 20,000 entries (which cost more than the scoring itself).
#[derive(Debug, Clone, Copy, Default)]
struct Hot {
    live: bool,
    quick: QuickFacts,
    /// Days since 1970-01-01 of the last verification; `None`: never verified.
    verified_day: Option<i32>,
    /// Hash of the folded name; an exact-name match is confirmed on the entry.
    name_hash: u64,
    /// One bit per language staff speak (see `State::language_bits`).
    languages: u64,
    /// The service's places: `State::places[start..start + len]`.
    places_start: u32,
    places_len: u32,
}

/// Days since 1970-01-01 (`None` for dates jiff cannot subtract, which do not exist).
fn day_number(date: Date) -> Option<i32> {
    date.since(Date::constant(1970, 1, 1))
        .ok()
        .map(|span| span.get_days())
}

fn name_hash(name_key: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(name_key)
}

impl State {
    fn new(terms: Terms, last_seq: i64) -> Self {
        State {
            entries: Vec::new(),
            slots: HashMap::new(),
            terms,
            last_seq,
            live: 0,
            name_order: Vec::new(),
            hot: Vec::new(),
            places: Vec::new(),
            stale_places: 0,
            language_bits: HashMap::new(),
            open_memo: Vec::new(),
        }
    }

    /// The bit of a language, given one if it has none yet.
    fn language_bit(&mut self, code: LangCode) -> u32 {
        let next = u32::try_from(self.language_bits.len())
            .unwrap_or(OTHER_LANGUAGES)
            .min(OTHER_LANGUAGES);
        *self.language_bits.entry(code).or_insert(next)
    }

    /// The bits of `codes` for a filter (a code never seen gets the shared bit, so it is
    /// checked on the full facts of the services with rare languages).
    fn language_mask(&self, codes: &[LangCode]) -> u64 {
        codes.iter().fold(0u64, |mask, code| {
            let bit = self
                .language_bits
                .get(code)
                .copied()
                .unwrap_or(OTHER_LANGUAGES);
            mask | 1u64 << bit
        })
    }

    /// Puts `entry` at `slot` (or empties it), keeping the hot table in step.
    fn set(&mut self, slot: u32, entry: Option<Entry>) {
        let i = slot as usize;
        if self.entries.len() <= i {
            self.entries.resize_with(i + 1, || None);
            self.hot.resize(i + 1, Hot::default());
            self.open_memo.resize_with(i + 1, || AtomicU32::new(0));
        }
        self.stale_places += self.hot[i].places_len as usize;
        self.open_memo[i] = AtomicU32::new(0);
        self.hot[i] = match &entry {
            None => Hot::default(),
            Some(e) => {
                let places = e.facts.places();
                let start = u32::try_from(self.places.len()).unwrap_or(u32::MAX);
                self.places.extend_from_slice(places);
                let mut languages = 0u64;
                for code in e.facts.languages() {
                    languages |= 1u64 << self.language_bit(*code);
                }
                Hot {
                    live: true,
                    quick: QuickFacts::of(&e.facts),
                    verified_day: e.facts.verified().and_then(day_number),
                    name_hash: name_hash(&e.name_key),
                    languages,
                    places_start: start,
                    places_len: u32::try_from(places.len()).unwrap_or(0),
                }
            }
        };
        self.entries[i] = entry;
        if self.stale_places > 4_096 && self.stale_places * 2 > self.places.len() {
            self.compact_places();
        }
    }

    /// Drops the places of replaced and removed services.
    fn compact_places(&mut self) {
        let old = std::mem::take(&mut self.places);
        let mut places = Vec::with_capacity(old.len().saturating_sub(self.stale_places));
        for h in self.hot.iter_mut().filter(|h| h.live) {
            let start = u32::try_from(places.len()).unwrap_or(u32::MAX);
            let from = h.places_start as usize;
            places.extend_from_slice(old.get(from..from + h.places_len as usize).unwrap_or(&[]));
            h.places_start = start;
        }
        self.places = places;
        self.stale_places = 0;
    }

    fn places_of(&self, h: &Hot) -> &[GeoPoint] {
        let start = h.places_start as usize;
        self.places
            .get(start..start + h.places_len as usize)
            .unwrap_or(&[])
    }

    fn rebuild_name_order(&mut self) {
        let mut slots: Vec<u32> = (0..self.entries.len())
            .filter(|&i| self.entries[i].is_some())
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        let key = |slot: &u32| {
            self.entries
                .get(*slot as usize)
                .and_then(Option::as_ref)
                .map(|e| (e.name_key.as_str(), e.id))
        };
        slots.sort_unstable_by(|a, b| key(a).cmp(&key(b)));
        let mut order = vec![u32::MAX; self.entries.len()];
        for (position, slot) in slots.iter().enumerate() {
            order[*slot as usize] = u32::try_from(position).unwrap_or(u32::MAX);
        }
        self.name_order = order;
    }
}

/// One indexed service.
struct Entry {
    id: Uuid,
    /// Folded lower-case name: for ordering and exact-name matches.
    name_key: String,
    organization_id: Option<Uuid>,
    location_ids: Box<[Uuid]>,
    service_at_location_ids: Box<[Uuid]>,
    term_ids: Box<[Uuid]>,
    /// Each service-at-location whose location has coordinates, with that place.
    sal_places: Box<[(Uuid, GeoPoint)]>,
    facts: ServiceFacts,
}

impl Entry {
    fn new(s: &Service) -> Self {
        let mut term_ids: Vec<Uuid> = s.taxonomy_term_ids().collect();
        term_ids.sort_unstable();
        term_ids.dedup();
        Entry {
            id: s.id,
            name_key: analyze::fold_key(s.name.as_str()),
            organization_id: s.organization_id,
            location_ids: s
                .service_at_locations
                .iter()
                .filter_map(|sal| sal.location_id)
                .collect(),
            service_at_location_ids: s.service_at_locations.iter().map(|sal| sal.id).collect(),
            sal_places: s
                .service_at_locations
                .iter()
                .filter_map(|sal| {
                    let (lat, lon) = sal.location.as_ref()?.point()?;
                    Some((sal.id, GeoPoint::new(lat, lon)))
                })
                .collect(),
            term_ids: term_ids.into(),
            facts: ServiceFacts::from_service(s),
        }
    }
}

/// The taxonomy terms of the directory: names, codes and the tree.
#[derive(Default)]
struct Terms {
    tree: TermTree,
    names: HashMap<Uuid, String>,
    by_code: HashMap<String, Vec<Uuid>>,
}

impl Terms {
    fn new(terms: &[TaxonomyTerm]) -> Self {
        let mut t = Terms {
            tree: TermTree::from_terms(terms),
            ..Terms::default()
        };
        for term in terms {
            if let Some(code) = &term.code {
                t.by_code
                    .entry(code.as_str().to_owned())
                    .or_default()
                    .push(term.id);
            }
            t.names.insert(term.id, term.name.as_str().to_owned());
        }
        t
    }

    /// The term and its ancestors.
    fn with_ancestors(&self, id: Uuid) -> Vec<Uuid> {
        let mut out = vec![id];
        out.extend(self.tree.ancestors(id));
        out
    }

    /// The terms and all their descendants.
    fn with_descendants(&self, ids: &[Uuid]) -> HashSet<Uuid> {
        self.tree.expand(ids)
    }
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(PoisonError::into_inner)
}

/// Loads the lexicon: the shipped one, with the overlay named by `PUERTA_LEXICON` if set.
fn load_lexicon() -> Result<Lexicon, SearchError> {
    Lexicon::from_env().map_err(|e| SearchError::Lexicon(e.to_string()))
}

/// Every taxonomy term of the store.
async fn load_terms(store: &dyn Store) -> Result<Vec<TaxonomyTerm>, SearchError> {
    let mut out = Vec::new();
    let mut page = PageRequest {
        page: 1,
        per_page: PageRequest::MAX_PER_PAGE,
    };
    loop {
        let got = store
            .list_taxonomy_terms(&TaxonomyTermFilter::default(), page)
            .await?;
        let n = got.items.len();
        out.extend(got.items);
        if n < page.per_page as usize || out.len() as u64 >= got.total {
            return Ok(out);
        }
        page.page += 1;
    }
}

/// The newest sequence number of the change feed.
async fn latest_seq(store: &dyn Store) -> Result<i64, SearchError> {
    let mut seq = 0;
    loop {
        let page = store.changes_since(seq, FEED_PAGE).await?;
        match page.last() {
            Some(last) => seq = last.seq,
            None => return Ok(seq),
        }
        if page.len() < FEED_PAGE as usize {
            return Ok(seq);
        }
    }
}

impl SearchIndex {
    /// Builds the index of every service in `store`, with the shipped lexicon (and the
    /// overlay folder named by `PUERTA_LEXICON`, if set).
    pub async fn build(store: &dyn Store) -> Result<SearchIndex, SearchError> {
        let lexicon = load_lexicon()?;
        Self::build_with(store, lexicon).await
    }

    /// Builds the index of every service in `store` with the given lexicon.
    pub async fn build_with(
        store: &dyn Store,
        lexicon: Lexicon,
    ) -> Result<SearchIndex, SearchError> {
        let started = Instant::now();
        // Changes made while we read are applied again by the first refresh (idempotent).
        let last_seq = latest_seq(store).await?;
        let terms = Terms::new(&load_terms(store).await?);
        let (schema, fields) = analyze::schema();
        let dir = tempfile::Builder::new().prefix("puerta-index-").tempdir()?;
        let index = Index::builder()
            .schema(schema)
            .tokenizers(analyze::tokenizers())
            .create_in_dir(dir.path())?;

        let ids = store.service_ids(&ServiceFilter::default()).await?;
        let mut state = State::new(terms, last_seq);
        state.slots.reserve(ids.len());
        {
            let threads = std::thread::available_parallelism()
                .map_or(1, usize::from)
                .clamp(1, 4);
            let mut writer: IndexWriter =
                index.writer_with_num_threads(threads, BUILD_HEAP_BYTES)?;
            for chunk in ids.chunks(BATCH) {
                for service in store.full_services(chunk).await? {
                    if state.slots.contains_key(&service.id) {
                        continue;
                    }
                    let slot = slot_number(state.entries.len())?;
                    writer.add_document(document(&fields, slot, &service, &state.terms))?;
                    state.slots.insert(service.id, slot);
                    state.set(slot, Some(Entry::new(&service)));
                    state.live += 1;
                }
            }
            writer.commit()?;
            writer.wait_merging_threads()?;
        }
        let writer: IndexWriter = index.writer_with_num_threads(1, REFRESH_HEAP_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        state.rebuild_name_order();
        tracing::info!(
            services = state.live,
            ms = started.elapsed().as_millis() as u64,
            "search index built"
        );
        Ok(SearchIndex {
            index,
            reader,
            fields,
            writer: Mutex::new(writer),
            state: RwLock::new(state),
            lexicon,
            refreshing: tokio::sync::Mutex::new(()),
            generation: std::sync::atomic::AtomicI64::new(last_seq),
            slot_maps: RwLock::new(HashMap::new()),
            fuzzy_words: Mutex::new(FuzzyWords::default()),
            _dir: dir,
        })
        .and_then(|index| {
            index.map_slots()?;
            Ok(index)
        })
    }

    /// Applies the changes recorded in the store's change feed since the last refresh;
    /// returns how many services were re-indexed or removed.
    pub async fn refresh(&self, store: &dyn Store) -> Result<usize, SearchError> {
        refresh::refresh(self, store).await
    }

    /// The number of services in the index.
    pub fn len(&self) -> usize {
        read(&self.state).live
    }

    /// Whether the index holds no service.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads the slot of every document of the segments that are new to the current
    /// searcher, and forgets segments that are gone: searches then find a document's slot
    /// in an array instead of decoding the fast field for every match.
    fn map_slots(&self) -> Result<(), SearchError> {
        let searcher = self.reader.searcher();
        let mut maps = write(&self.slot_maps);
        let current: HashSet<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        maps.retain(|id, _| current.contains(id));
        for reader in searcher.segment_readers() {
            if maps.contains_key(&reader.segment_id()) {
                continue;
            }
            let column: Column<u64> = reader.fast_fields().u64("slot")?;
            let map: Arc<[u32]> = (0..reader.max_doc())
                .map(|doc| {
                    column
                        .first(doc)
                        .and_then(|s| u32::try_from(s).ok())
                        .unwrap_or(u32::MAX)
                })
                .collect();
            maps.insert(reader.segment_id(), map);
        }
        Ok(())
    }

    /// The dictionary words of `term`'s field within `distance` edits of it (transpositions
    /// count one), in any segment of `searcher`; remembered per searcher.
    fn fuzzy_words(
        &self,
        searcher: &Searcher,
        term: &Term,
        distance: u8,
    ) -> Result<Arc<[Term]>, SearchError> {
        let id = searcher.generation().generation_id();
        {
            let known = self
                .fuzzy_words
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if known.searcher == id {
                if let Some(words) = known.words.get(&(term.clone(), distance)) {
                    return Ok(words.clone());
                }
            }
        }
        let mut found: Vec<Term> = Vec::new();
        let automaton = FuzzyTermQuery::new(term.clone(), distance, true).automaton()?;
        for reader in searcher.segment_readers() {
            let inverted = reader.inverted_index(term.field())?;
            let mut stream = inverted.terms().search(&automaton).into_stream()?;
            while stream.advance() {
                // Text fields hold UTF-8 words.
                if let Ok(word) = std::str::from_utf8(stream.key()) {
                    found.push(Term::from_field_text(term.field(), word));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        let words: Arc<[Term]> = found.into();
        let mut known = self
            .fuzzy_words
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if known.searcher != id || known.words.len() >= FUZZY_WORDS_KEPT {
            known.searcher = id;
            known.words.clear();
        }
        known.words.insert((term.clone(), distance), words.clone());
        Ok(words)
    }

    /// A typo-tolerant query for `term`: every document holding a dictionary word within
    /// `distance` edits scores `score` (as tantivy's fuzzy query does, with the words looked
    /// up once per searcher), and those words. `None` when no word is that close.
    fn typo_query(
        &self,
        searcher: &Searcher,
        term: &Term,
        distance: u8,
        score: f32,
    ) -> Option<TypoQuery> {
        match self.fuzzy_words(searcher, term, distance) {
            Ok(words) if words.is_empty() => None,
            Ok(words) => Some((
                Box::new(ConstScoreQuery::new(
                    Box::new(TermSetQuery::new(words.iter().cloned())),
                    score,
                )),
                words,
            )),
            // The dictionary could not be read here: tantivy's own fuzzy query reads it again
            // (and the match is not explained).
            Err(_) => Some((
                Box::new(BoostQuery::new(
                    Box::new(FuzzyTermQuery::new(term.clone(), distance, true)),
                    score,
                )),
                Arc::from(Vec::new()),
            )),
        }
    }

    /// Changes whenever the index applies a change of the directory (the change-feed
    /// sequence number it has reached): answers computed at another generation may be stale.
    pub fn generation(&self) -> i64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    /// The lexicon this index expands queries with.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Searches: text (optional) and filters; one page of ranked hits, the exact total.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.rank_within(req, None)
    }

    /// Like [`SearchIndex::search`], restricted to the `allowed` services when given (the
    /// services a store-side filter such as an organization or a modification time left).
    pub fn rank_within(
        &self,
        req: &SearchRequest,
        allowed: Option<&HashSet<Uuid>>,
    ) -> Result<SearchResults, SearchError> {
        if req.limit > MAX_LIMIT {
            return Err(SearchError::BadQuery(format!(
                "at most {MAX_LIMIT} results per page"
            )));
        }
        self.run(req, allowed, true)
    }

    /// The services-at-locations whose location lies within `radius_m` metres of a point,
    /// nearest first (ties by id), with their distances: `/service_at_locations?postcode=
    /// &proximity=` without other filters. Services are first kept or dropped on the compact
    /// table, so only the places near the point are measured one by one.
    pub fn service_at_locations_near(
        &self,
        lat: f64,
        lon: f64,
        radius_m: f64,
    ) -> Result<Vec<(Uuid, f64)>, SearchError> {
        let origin = crate::geo::Origin::new(lat, lon, Some(radius_m)).ok_or_else(|| {
            SearchError::BadQuery("the search point or radius is out of range".to_owned())
        })?;
        let state = read(&self.state);
        let mut hits: Vec<(Uuid, f64)> = Vec::new();
        for (slot, h) in state.hot.iter().enumerate() {
            if !h.live || origin.nearest(state.places_of(h)).is_none() {
                continue;
            }
            let Some(entry) = state.entries.get(slot).and_then(Option::as_ref) else {
                continue;
            };
            hits.extend(
                entry
                    .sal_places
                    .iter()
                    .filter_map(|(id, place)| Some((*id, origin.within(place)?))),
            );
        }
        hits.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        Ok(hits)
    }

    /// Every result of [`SearchIndex::rank_within`], best first (`offset`/`limit` are
    /// ignored, nothing is explained): for streams.
    pub fn ranked_ids(
        &self,
        req: &SearchRequest,
        allowed: Option<&HashSet<Uuid>>,
    ) -> Result<Vec<Uuid>, SearchError> {
        let mut all = req.clone();
        all.offset = 0;
        all.limit = usize::MAX;
        Ok(self
            .run(&all, allowed, false)?
            .hits
            .into_iter()
            .map(|h| h.service_id)
            .collect())
    }

    fn run(
        &self,
        req: &SearchRequest,
        allowed: Option<&HashSet<Uuid>>,
        explain: bool,
    ) -> Result<SearchResults, SearchError> {
        let text = req.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        if text.is_some_and(|t| t.chars().count() > MAX_QUERY_CHARS) {
            return Err(SearchError::BadQuery(format!(
                "the search text is longer than {MAX_QUERY_CHARS} characters"
            )));
        }
        if let Some(near) = &req.filters.near {
            let ok = near.lat.is_finite()
                && near.lon.is_finite()
                && (-90.0..=90.0).contains(&near.lat)
                && (-180.0..=180.0).contains(&near.lon)
                && near.radius_m.is_none_or(|r| r.is_finite() && r >= 0.0);
            if !ok {
                return Err(SearchError::BadQuery(
                    "the search point or radius is out of range".to_owned(),
                ));
            }
        }
        let expansion = text
            .map(|t| self.lexicon.expand_for_locale(t, req.locale.as_deref()))
            .unwrap_or_default();
        let state = read(&self.state);
        let filter_terms = state.terms.with_descendants(&req.filters.taxonomy_term_ids);
        let searcher = self.reader.searcher();
        let plan = text.and_then(|t| {
            Plan::new(
                self,
                &state,
                &searcher,
                t,
                &expansion,
                req.locale.as_deref(),
            )
        });
        let today = day_number(req.now.to_zoned(jiff::tz::TimeZone::UTC).date()).unwrap_or(0);
        let no_filters = req.filters.is_empty() && allowed.is_none();
        let filters = req.filters.prepare();
        // Languages are checked on the hot table's bits; exactly, unless a language asked
        // for shares the bit of the rarest languages.
        let language_mask = (!filters.language_codes().is_empty())
            .then(|| state.language_mask(filters.language_codes()));
        let languages_exact = language_mask.is_none_or(|m| m & (1u64 << OTHER_LANGUAGES) == 0);
        // Only the hot table is read unless a filter needs the full facts.
        let hot_only = allowed.is_none()
            && !filters.no_language_can_match()
            && languages_exact
            && !filters.needs_facts_beyond_languages();
        let minute = OpenMemo::minute_tag(req.now);
        // "Open now" is the only filter beyond the hot table: a remembered answer decides
        // without reading the service's entry.
        let open_now_only = allowed.is_none()
            && !filters.no_language_can_match()
            && languages_exact
            && !filters.has_taxonomy()
            && filters.open() == Some(crate::filter::OpenFilter::Now);
        let check = |slot: u32, h: &Hot| -> Option<Option<FilterMatch>> {
            if no_filters {
                return Some(None);
            }
            if !filters.quick(h.quick) || language_mask.is_some_and(|m| h.languages & m == 0) {
                return None;
            }
            let distance_m = filters.near(state.places_of(h))?;
            if hot_only {
                return Some(Some(FilterMatch {
                    distance_m,
                    ..FilterMatch::default()
                }));
            }
            if open_now_only {
                let known = state
                    .open_memo
                    .get(slot as usize)
                    .and_then(|cell| OpenMemo::get(cell, minute));
                if let Some(open) = known {
                    return (open == Some(true)).then(|| {
                        Some(FilterMatch {
                            distance_m,
                            open_now: Some(true),
                            ..FilterMatch::default()
                        })
                    });
                }
            }
            let entry = state.entries.get(slot as usize)?.as_ref()?;
            if allowed.is_some_and(|a| !a.contains(&entry.id)) {
                return None;
            }
            let open_now = || {
                let cell = state.open_memo.get(slot as usize)?;
                if let Some(known) = OpenMemo::get(cell, minute) {
                    return known;
                }
                let answer = entry.facts.open_now(req.now);
                OpenMemo::put(cell, minute, answer);
                answer
            };
            filters
                .rest(&entry.facts, &filter_terms, distance_m, open_now)
                .map(Some)
        };
        let plan_name_hash = plan.as_ref().map(|p| name_hash(&p.name_key));

        // Only the first `offset + limit` candidates in rank order are kept (pruned from time
        // to time with a partial sort); every match is still counted, so totals are exact.
        let keep = req.offset.saturating_add(req.limit);
        let near = req.filters.near.is_some();
        let by_distance = plan.is_none() && near;
        let key = |slot: u32| -> u32 {
            state
                .name_order
                .get(slot as usize)
                .copied()
                .unwrap_or(u32::MAX)
        };
        let order = |a: &Candidate, b: &Candidate| {
            if by_distance {
                rank::by_distance(&a.ranked, &b.ranked, &key)
            } else {
                rank::by_score(&a.ranked, &b.ranked, &key)
            }
        };
        let prune_at = keep.saturating_mul(2).max(256);
        let mut total = 0usize;
        let mut candidates: Vec<Candidate> = Vec::new();
        // After a pruning, the worst candidate kept: anything not better cannot make the page.
        let mut floor: Option<Ranked> = None;
        let mut offer = |candidates: &mut Vec<Candidate>, c: Candidate| {
            total += 1;
            if keep == 0 {
                return;
            }
            if let Some(floor) = &floor {
                let not_better = if by_distance {
                    rank::by_distance(&c.ranked, floor, &key)
                } else {
                    rank::by_score(&c.ranked, floor, &key)
                } != std::cmp::Ordering::Less;
                if not_better {
                    return;
                }
            }
            candidates.push(c);
            if candidates.len() >= prune_at {
                candidates.select_nth_unstable_by(keep - 1, order);
                candidates.truncate(keep);
                floor = candidates.get(keep - 1).map(|c| c.ranked.clone());
            }
        };
        let mut best: f64 = 0.0;
        match &plan {
            Some(plan) => {
                let weight = plan
                    .query
                    .weight(EnableScoring::enabled_from_searcher(&searcher))?;
                let slot_maps = read(&self.slot_maps);
                for (segment, reader) in searcher.segment_readers().iter().enumerate() {
                    let segment = segment as SegmentOrdinal;
                    let mapped = slot_maps.get(&reader.segment_id()).cloned();
                    let column: Column<u64> = reader.fast_fields().u64("slot")?;
                    // A segment the maps do not know yet (a refresh in between) is read
                    // from the fast field.
                    let slot_of = |doc: DocId| -> Option<u32> {
                        match &mapped {
                            Some(map) => map.get(doc as usize).copied().filter(|&s| s != u32::MAX),
                            None => column.first(doc).and_then(|s| u32::try_from(s).ok()),
                        }
                    };
                    let alive = reader.alive_bitset();
                    let mut scorer = weight.scorer(reader, 1.0)?;
                    let mut doc = scorer.doc();
                    while doc != TERMINATED {
                        let live = alive.is_none_or(|a| a.is_alive(doc));
                        let slot = slot_of(doc);
                        if let (true, Some(slot)) = (live, slot) {
                            if let Some(h) = state.hot.get(slot as usize).filter(|h| h.live) {
                                if let Some(fm) = check(slot, h) {
                                    let mut raw = f64::from(scorer.score());
                                    if plan_name_hash == Some(h.name_hash)
                                        && !plan.name_key.is_empty()
                                        && state
                                            .entries
                                            .get(slot as usize)
                                            .and_then(Option::as_ref)
                                            .is_some_and(|e| e.name_key == plan.name_key)
                                    {
                                        raw *= f64::from(rank::EXACT_NAME_FACTOR);
                                    }
                                    best = best.max(raw);
                                    let distance_m = fm.as_ref().and_then(|f| f.distance_m);
                                    let mut score = raw;
                                    if near {
                                        score *= rank::distance_factor(distance_m);
                                    }
                                    score *= rank::freshness_factor_days(h.verified_day, today);
                                    offer(
                                        &mut candidates,
                                        Candidate {
                                            ranked: Ranked {
                                                slot,
                                                score,
                                                distance_m,
                                            },
                                            address: Some((segment, doc)),
                                            filter_match: fm,
                                        },
                                    );
                                }
                            }
                        }
                        doc = scorer.advance();
                    }
                }
                // Shown scores are relative to the best match (ordering is unchanged).
                if best > 0.0 {
                    for c in &mut candidates {
                        c.ranked.score /= best;
                    }
                }
            }
            None => {
                for (slot, h) in state.hot.iter().enumerate() {
                    if !h.live {
                        continue;
                    }
                    let Some(fm) = check(slot as u32, h) else {
                        continue;
                    };
                    let distance_m = fm.as_ref().and_then(|f| f.distance_m);
                    let score = if near {
                        rank::distance_factor(distance_m)
                    } else {
                        1.0
                    };
                    offer(
                        &mut candidates,
                        Candidate {
                            ranked: Ranked {
                                slot: slot as u32,
                                score,
                                distance_m,
                            },
                            address: None,
                            filter_match: fm,
                        },
                    );
                }
            }
        }

        let page = rank::page(candidates, req.offset, req.limit, order);

        let matched_terms = match &plan {
            Some(plan) if explain => plan.matched_terms(&searcher, &page)?,
            _ => vec![Vec::new(); page.len()],
        };
        let query_terms: HashSet<Uuid> = plan
            .as_ref()
            .map(|p| p.taxonomy_ids.iter().copied().collect())
            .unwrap_or_default();
        let hits = page
            .into_iter()
            .zip(matched_terms)
            .filter_map(|(c, matched_terms)| {
                let entry = state.entries.get(c.ranked.slot as usize)?.as_ref()?;
                let mut taxonomy: Vec<Uuid> = entry
                    .term_ids
                    .iter()
                    .copied()
                    .filter(|t| {
                        !query_terms.is_empty()
                            && state
                                .terms
                                .with_ancestors(*t)
                                .iter()
                                .any(|a| query_terms.contains(a))
                    })
                    .collect();
                let mut open_now = None;
                if let Some(fm) = &c.filter_match {
                    taxonomy.extend(fm.matched_taxonomy_terms.iter().copied());
                    open_now = fm.open_now;
                }
                taxonomy.sort_unstable();
                taxonomy.dedup();
                Some(Hit {
                    service_id: entry.id,
                    score: c.ranked.score as f32,
                    why: Why {
                        matched_terms,
                        matched_taxonomy_terms: taxonomy,
                        distance_m: c.ranked.distance_m,
                        open_now: if explain {
                            open_now.or_else(|| entry.facts.open_now(req.now))
                        } else {
                            open_now
                        },
                        verified: entry.facts.verified(),
                    },
                })
            })
            .collect();
        Ok(SearchResults {
            total,
            hits,
            expansion,
        })
    }
}

/// A service that matched, before paging.
struct Candidate {
    ranked: Ranked,
    /// Where tantivy found it (text searches).
    address: Option<(SegmentOrdinal, DocId)>,
    filter_match: Option<FilterMatch>,
}

fn slot_number(n: usize) -> Result<u32, SearchError> {
    u32::try_from(n).map_err(|_| SearchError::BadQuery("too many services to index".to_owned()))
}

/// The tantivy document of a service.
fn document(fields: &Fields, slot: u32, s: &Service, terms: &Terms) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.slot, u64::from(slot));
    let mut all: Vec<&str> = Vec::with_capacity(8);
    let add = |doc: &mut TantivyDocument, field: Field, text: &str| {
        doc.add_text(field, text);
    };
    add(&mut doc, fields.name, s.name.as_str());
    all.push(s.name.as_str());
    if let Some(t) = &s.alternate_name {
        add(&mut doc, fields.alternate_name, t);
        all.push(t);
    }
    if let Some(org) = &s.organization {
        add(&mut doc, fields.organization, org.name.as_str());
        all.push(org.name.as_str());
        if let Some(t) = &org.alternate_name {
            add(&mut doc, fields.organization, t);
            all.push(t);
        }
    }
    if let Some(t) = &s.description {
        add(&mut doc, fields.description, t);
        all.push(t);
    }
    if let Some(t) = &s.eligibility_description {
        add(&mut doc, fields.eligibility, t);
        all.push(t);
    }
    let mut term_names: Vec<&str> = Vec::new();
    let mut term_ids: HashSet<Uuid> = HashSet::new();
    for attribute in &s.attributes {
        let Some(id) = attribute
            .taxonomy_term_id
            .or(attribute.taxonomy_term.as_ref().map(|t| t.id))
        else {
            continue;
        };
        match (&attribute.taxonomy_term, terms.names.get(&id)) {
            (Some(t), _) => term_names.push(t.name.as_str()),
            (None, Some(name)) => term_names.push(name.as_str()),
            (None, None) => {}
        }
        term_ids.extend(terms.with_ancestors(id));
    }
    for name in &term_names {
        add(&mut doc, fields.taxonomy, name);
    }
    all.extend(term_names.iter().copied());
    let mut term_ids: Vec<Uuid> = term_ids.into_iter().collect();
    term_ids.sort_unstable();
    for id in term_ids {
        doc.add_text(fields.terms, id.hyphenated().to_string());
    }
    for text in all {
        doc.add_text(fields.fold, text);
        doc.add_text(fields.es, text);
        if analyze::has_cjk(text) {
            doc.add_text(fields.cjk, text);
        }
    }
    doc
}

/// A term whose presence in a document explains a match.
struct Probe {
    field: Field,
    term: Term,
    /// What the resident sees: their word, the lexicon's word, or the CJK run.
    label: String,
}

/// A typo-tolerant query and the dictionary words it stands for.
type TypoQuery = (Box<dyn Query>, Arc<[Term]>);

/// A typo-tolerant term: explained by the dictionary words it matched.
struct FuzzyProbe {
    /// The dictionary words within the edit distance (see `SearchIndex::fuzzy_words`).
    words: Arc<[Term]>,
}

/// One text query, ready to run and to explain.
struct Plan {
    query: Box<dyn Query>,
    probes: Vec<Probe>,
    fuzzy: Vec<FuzzyProbe>,
    taxonomy_ids: Vec<Uuid>,
    /// The folded query, compared with names.
    name_key: String,
}

impl Plan {
    fn new(
        index: &SearchIndex,
        state: &State,
        searcher: &Searcher,
        text: &str,
        expansion: &Expansion,
        locale: Option<&str>,
    ) -> Option<Plan> {
        let f = &index.fields;
        let tokenizers = index.index.tokenizers();
        let words = analyze::display_words(text);
        let label = |pos: usize| words.get(pos).cloned().unwrap_or_default();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut probes: Vec<Probe> = Vec::new();
        let mut seen: HashSet<(Field, String)> = HashSet::new();
        // Documents holding a (folded, unstemmed) word: 0 means a typo or a word of another
        // language; more than UBIQUITOUS_SHARE of all documents means a word that tells
        // nothing apart here ("services", "help"), which would make nearly every service a
        // match and cost a full scan.
        let docs = searcher.num_docs();
        let doc_freq = |token: &str| -> u64 {
            searcher
                .doc_freq(&Term::from_field_text(f.fold, token))
                .unwrap_or(0)
        };
        let ubiquitous =
            |df: u64| docs >= UBIQUITOUS_MIN_DOCS && df * 100 > docs * UBIQUITOUS_SHARE;
        let mut push = |clauses: &mut Vec<(Occur, Box<dyn Query>)>,
                        probes: &mut Vec<Probe>,
                        field: Field,
                        token: &str,
                        boost: f32,
                        label: String| {
            if !seen.insert((field, token.to_owned())) {
                return;
            }
            let term = Term::from_field_text(field, token);
            let q: Box<dyn Query> =
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
            clauses.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
            probes.push(Probe { field, term, label });
        };
        let en_fields = [
            (f.name, rank::BOOST_NAME),
            (f.alternate_name, rank::BOOST_ALTERNATE_NAME),
            (f.organization, rank::BOOST_ORGANIZATION),
            (f.taxonomy, rank::BOOST_TAXONOMY),
            (f.description, rank::BOOST_DESCRIPTION),
            (f.eligibility, rank::BOOST_ELIGIBILITY),
        ];

        // The resident's own words; words found in nearly every document are left out
        // unless the query has nothing else.
        let mut en = tokenizers.get(analyze::EN)?;
        let stemmed = analyze::analyse(&mut en, text);
        let mut fold = tokenizers.get(analyze::FOLD)?;
        let folded = analyze::analyse(&mut fold, text);
        let folded_df: Vec<(String, usize, u64)> = folded
            .iter()
            .map(|(token, pos)| (token.clone(), *pos, doc_freq(token)))
            .collect();
        let common_positions: HashSet<usize> = folded_df
            .iter()
            .filter(|(_, _, df)| ubiquitous(*df))
            .map(|(_, pos, _)| *pos)
            .collect();
        let unknown_positions: HashSet<usize> = folded_df
            .iter()
            .filter(|(_, _, df)| *df == 0)
            .map(|(_, pos, _)| *pos)
            .collect();
        // Expansion words made only of ubiquitous words.
        let common_expansion: HashSet<&str> = expansion
            .english_terms
            .iter()
            .filter(|word| {
                analyze::analyse(&mut fold, word)
                    .iter()
                    .all(|(token, _)| ubiquitous(doc_freq(token)))
            })
            .map(String::as_str)
            .collect();
        let something_else = folded_df.iter().any(|(_, _, df)| !ubiquitous(*df))
            || expansion.english_terms.len() > common_expansion.len()
            || !expansion.taxonomy_codes.is_empty()
            || analyze::has_cjk(text);
        let skip = |pos: usize| something_else && common_positions.contains(&pos);
        for (token, pos) in &stemmed {
            if skip(*pos) {
                continue;
            }
            for (field, boost) in en_fields {
                push(&mut clauses, &mut probes, field, token, boost, label(*pos));
            }
        }
        for (token, pos) in &folded {
            if skip(*pos) {
                continue;
            }
            push(
                &mut clauses,
                &mut probes,
                f.fold,
                token,
                rank::BOOST_FOLD,
                label(*pos),
            );
        }
        let spanish = locale.is_some_and(|l| l.to_ascii_lowercase().starts_with("es"))
            || expansion
                .matches
                .iter()
                .any(|m| m.language.starts_with("es"));
        if spanish {
            let mut es = tokenizers.get(analyze::ES)?;
            for (token, pos) in analyze::analyse(&mut es, text) {
                push(
                    &mut clauses,
                    &mut probes,
                    f.es,
                    &token,
                    rank::BOOST_ES,
                    label(pos),
                );
            }
        }
        if analyze::has_cjk(text) {
            for (pair, run) in analyze::cjk_query_terms(text) {
                push(
                    &mut clauses,
                    &mut probes,
                    f.cjk,
                    &pair,
                    rank::BOOST_CJK,
                    run,
                );
            }
        }

        // Typos: only for short queries, only for words long enough to be told apart, and
        // only for words no document holds (a word the directory knows is not a typo).
        let mut fuzzy = Vec::new();
        if folded.len() <= FUZZY_MAX_WORDS {
            for (token, pos) in &folded {
                let chars = token.chars().count();
                if chars < 4 || analyze::has_cjk(token) || !unknown_positions.contains(pos) {
                    continue;
                }
                let distance = if chars >= 8 { 2 } else { 1 };
                let term = Term::from_field_text(f.fold, token);
                if let Some((q, words)) =
                    index.typo_query(searcher, &term, distance, rank::BOOST_FUZZY)
                {
                    clauses.push((Occur::Should, q));
                    fuzzy.push(FuzzyProbe { words });
                }
            }
            // A misspelt word that is (nearly) in a service's name counts more.
            for (token, pos) in &stemmed {
                let chars = label(*pos).chars().count();
                if chars < 4 || analyze::has_cjk(token) || !unknown_positions.contains(pos) {
                    continue;
                }
                let distance = if chars >= 8 { 2 } else { 1 };
                let term = Term::from_field_text(f.name, token);
                if let Some((q, _)) =
                    index.typo_query(searcher, &term, distance, rank::BOOST_FUZZY_NAME)
                {
                    clauses.push((Occur::Should, q));
                }
            }
        }

        // The lexicon's English words, a little below the resident's own.
        for word in &expansion.english_terms {
            if something_else && common_expansion.contains(word.as_str()) {
                continue;
            }
            for (token, _) in analyze::analyse(&mut en, word) {
                for (field, boost) in en_fields {
                    push(
                        &mut clauses,
                        &mut probes,
                        field,
                        &token,
                        boost * rank::EXPANSION_FACTOR,
                        word.clone(),
                    );
                }
            }
        }

        // The lexicon's taxonomy terms: a constant bonus, a match even without shared words.
        let mut taxonomy_ids: Vec<Uuid> = expansion
            .taxonomy_codes
            .iter()
            .filter_map(|code| state.terms.by_code.get(code))
            .flatten()
            .copied()
            .collect();
        taxonomy_ids.sort_unstable();
        taxonomy_ids.dedup();
        for id in &taxonomy_ids {
            let term = Term::from_field_text(f.terms, &id.hyphenated().to_string());
            let q: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(q, rank::TAXONOMY_SCORE)),
            ));
        }

        if clauses.is_empty() {
            return None;
        }
        Some(Plan {
            query: Box::new(BooleanQuery::new(clauses)),
            probes,
            fuzzy,
            taxonomy_ids,
            name_key: analyze::fold_key(text),
        })
    }

    /// For each candidate of the page, the labels of the query terms its document contains,
    /// in query order, read from the postings of just those documents.
    fn matched_terms(
        &self,
        searcher: &Searcher,
        page: &[Candidate],
    ) -> Result<Vec<Vec<String>>, SearchError> {
        let mut found: Vec<Vec<(usize, String)>> = vec![Vec::new(); page.len()];
        let mut by_segment: HashMap<SegmentOrdinal, Vec<(DocId, usize)>> = HashMap::new();
        for (i, c) in page.iter().enumerate() {
            if let Some((segment, doc)) = c.address {
                by_segment.entry(segment).or_default().push((doc, i));
            }
        }
        for (segment, mut docs) in by_segment {
            docs.sort_unstable();
            let reader = searcher.segment_reader(segment);
            for (order, probe) in self.probes.iter().enumerate() {
                let inverted = reader.inverted_index(probe.field)?;
                if let Some(mut postings) =
                    inverted.read_postings(&probe.term, IndexRecordOption::Basic)?
                {
                    for &(doc, i) in &docs {
                        if postings.doc() <= doc && postings.seek(doc) == doc {
                            found[i].push((order, probe.label.clone()));
                        }
                    }
                }
            }
            for (n, probe) in self.fuzzy.iter().enumerate() {
                let order = self.probes.len() + n;
                fuzzy_matches(reader, probe, &docs, order, &mut found)?;
            }
        }
        Ok(found
            .into_iter()
            .map(|mut labels| {
                labels.sort_by_key(|(order, _)| *order);
                let mut out: Vec<String> = Vec::new();
                for (_, label) in labels {
                    if !label.is_empty() && !out.contains(&label) {
                        out.push(label);
                    }
                }
                out
            })
            .collect())
    }
}

/// Which dictionary words within the probe's edit distance occur in `docs`.
fn fuzzy_matches(
    reader: &SegmentReader,
    probe: &FuzzyProbe,
    docs: &[(DocId, usize)],
    order: usize,
    found: &mut [Vec<(usize, String)>],
) -> Result<(), SearchError> {
    for term in probe.words.iter().take(FUZZY_EXPLAIN_TERMS) {
        let value = term.value();
        let (Some(word), Some(mut postings)) = (
            value.as_str(),
            reader
                .inverted_index(term.field())?
                .read_postings(term, IndexRecordOption::Basic)?,
        ) else {
            continue;
        };
        for &(doc, i) in docs {
            if postings.doc() <= doc && postings.seek(doc) == doc {
                found[i].push((order, word.to_owned()));
            }
        }
    }
    Ok(())
}

/// Refreshes `index` from `store` every `every`, so imports made by another process
/// appear without a restart. Failures are logged and retried at the next tick.
pub fn spawn_refresher(
    index: Arc<SearchIndex>,
    store: Arc<dyn Store>,
    every: Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticks.tick().await;
        loop {
            ticks.tick().await;
            let started = Instant::now();
            match index.refresh(&*store).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    services = n,
                    ms = started.elapsed().as_millis() as u64,
                    "search index refreshed"
                ),
                Err(e) => tracing::warn!(error = %e, "search index refresh failed"),
            }
        }
    })
}
