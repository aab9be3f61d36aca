//! The response cache of the search-backed endpoints (`/services`, `/search`, the
//! resident results pages).
//!
//! Residents ask the same things again and again (every "Food" tile sends the same query),
//! and a search over 100,000 services costs milliseconds while answering from memory costs
//! microseconds. A `GET` answered `200` with a body of known size is kept, keyed by its path
//! and query and by the request headers that change the answer (`Accept`, `Host`), and
//! reused while both hold:
//!
//! * the search index is at the same **generation** ([`SearchIndex::generation`]): any
//!   change of the directory that the index applies (an import, an edit) makes every kept
//!   answer stale;
//! * the **minute** has not changed: "open now" and opening hours are minute-grained, so an
//!   answer computed at 16:59:30 is never reused at 17:00.
//!
//! The cache is bounded by bytes (least recently and least frequently used answers go
//! first) and lives in memory only: nothing is written anywhere, nothing is logged. Query
//! text stays in memory for at most a minute. Answers that set a cookie are never kept.
//! Every answer says `x-puerta-cache: hit` or `miss`; a request with
//! `Cache-Control: no-cache` is always computed afresh (the benchmark measures cold searches
//! that way).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;
use puerta_search::index::SearchIndex;

use crate::AppState;

/// The header telling whether an answer came from the cache.
pub const CACHE_HEADER: HeaderName = HeaderName::from_static("x-puerta-cache");
/// The largest answer kept (bytes); bigger ones (long pages, streams) are always computed.
pub const MAX_ENTRY_BYTES: u64 = 512 * 1024;
/// Default size of the cache (`puerta serve --response-cache-mb`).
pub const DEFAULT_CAPACITY_MB: u64 = 64;

/// Bounded by the bytes of the answers kept.
pub struct ResponseCache {
    entries: quick_cache::sync::Cache<Key, Arc<Cached>, ByteWeighter>,
    hits: AtomicU64,
    misses: AtomicU64,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    /// Path and query.
    uri: String,
    accept: Option<HeaderValue>,
    host: Option<HeaderValue>,
}

struct Cached {
    generation: i64,
    minute: i64,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone)]
struct ByteWeighter;

impl quick_cache::Weighter<Key, Arc<Cached>> for ByteWeighter {
    fn weight(&self, key: &Key, val: &Arc<Cached>) -> u64 {
        let headers: usize = val
            .headers
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len())
            .sum();
        (key.uri.len() + headers + val.body.len() + 64) as u64
    }
}

/// Hits and misses since start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
}

impl ResponseCache {
    /// A cache of at most `bytes` bytes of answers.
    pub fn new(bytes: u64) -> Self {
        // quick_cache sizes its table from an estimate of the number of items.
        let items = usize::try_from(bytes / 8_192).unwrap_or(usize::MAX).max(16);
        Self {
            entries: quick_cache::sync::Cache::with_weighter(items, bytes, ByteWeighter),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }

    /// Bytes of answers kept now.
    pub fn weight(&self) -> u64 {
        self.entries.weight()
    }
}

/// The minute since the Unix epoch (the reuse horizon of an answer).
fn minute_now() -> i64 {
    jiff::Timestamp::now().as_second().div_euclid(60)
}

fn key_of(req: &Request) -> Key {
    let uri = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_owned(), |pq| pq.as_str().to_owned());
    Key {
        uri,
        accept: req.headers().get(header::ACCEPT).cloned(),
        host: req.headers().get(header::HOST).cloned(),
    }
}

fn answer(cached: &Cached, how: &'static str) -> Response {
    let mut res = Response::new(Body::from(cached.body.clone()));
    *res.status_mut() = cached.status;
    *res.headers_mut() = cached.headers.clone();
    res.headers_mut()
        .insert(CACHE_HEADER, HeaderValue::from_static(how));
    res
}

/// Middleware of the cached routes: a no-op unless the state has both a cache and a search
/// index (the generation comes from the index).
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (Some(cache), Some(index)) = (state.response_cache.clone(), state.search.clone()) else {
        return next.run(req).await;
    };
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    cached(&cache, &index, req, next).await
}

async fn cached(cache: &ResponseCache, index: &SearchIndex, req: Request, next: Next) -> Response {
    let key = key_of(&req);
    // Read before computing: if the index moves on meanwhile, the answer is kept under the
    // older generation and never served as current.
    let generation = index.generation();
    let minute = minute_now();
    // `Cache-Control: no-cache` asks for a fresh answer (HTTP's meaning), which is then kept.
    let fresh_wanted = req
        .headers()
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("no-cache"));
    if let Some(hit) = cache.entries.get(&key).filter(|_| !fresh_wanted) {
        if hit.generation == generation && hit.minute == minute {
            cache.hits.fetch_add(1, Ordering::Relaxed);
            return answer(&hit, "hit");
        }
    }
    cache.misses.fetch_add(1, Ordering::Relaxed);
    let res = next.run(req).await;
    let size = HttpBody::size_hint(res.body()).exact();
    let keep = res.status() == StatusCode::OK
        && !res.headers().contains_key(header::SET_COOKIE)
        && size.is_some_and(|n| n <= MAX_ENTRY_BYTES);
    if !keep {
        return mark(res, "miss");
    }
    let (parts, body) = res.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        // The body failed while being read: nothing to keep, and nothing left to send.
        Err(_) => {
            let mut res = Response::from_parts(parts, Body::empty());
            *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            return mark(res, "miss");
        }
    };
    let entry = Arc::new(Cached {
        generation,
        minute,
        status: parts.status,
        headers: parts.headers,
        body,
    });
    cache.entries.insert(key, entry.clone());
    answer(&entry, "miss")
}

fn mark(mut res: Response, how: &'static str) -> Response {
    res.headers_mut()
        .insert(CACHE_HEADER, HeaderValue::from_static(how));
    res
}
