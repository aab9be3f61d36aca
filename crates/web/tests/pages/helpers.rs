//! `PagesApp`: the real router over a temporary SQLite store with the demo directory
//! imported (as `puerta serve --demo` does), called in-process.

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use puerta_ingest::{Format, ImportOptions};
use puerta_search::index::SearchIndex;
use puerta_store::Store;
use tempfile::TempDir;
use tower::ServiceExt;

pub struct PagesApp {
    pub store: Arc<dyn Store>,
    pub state: puerta_web::AppState,
    router: Router,
    _dir: TempDir,
}

fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(path)
}

impl PagesApp {
    pub async fn demo() -> Self {
        Self::demo_with(|s| s).await
    }

    pub async fn demo_with(
        configure: impl FnOnce(puerta_web::AppState) -> puerta_web::AppState,
    ) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("puerta.db");
        let store = puerta_store::open(path.to_str().expect("utf-8 path"))
            .await
            .expect("open SQLite store");
        for (file, format, source) in [
            (
                "taxonomies/open-eligibility/taxonomy.csv",
                Format::OpenEligibility,
                "open-eligibility",
            ),
            ("demo/services.json", Format::Hsds3Json, "demo"),
        ] {
            let options = ImportOptions {
                format,
                replace: true,
                source: Some(source.to_owned()),
                progress: false,
            };
            puerta_ingest::import(store.as_ref(), &data(file), &options)
                .await
                .unwrap_or_else(|e| panic!("import {file}: {e}"));
        }
        let index = Arc::new(SearchIndex::build(&*store).await.expect("search index"));
        let state = configure(
            puerta_web::AppState::new(store.clone())
                .expect("app state")
                .with_search(index),
        );
        Self {
            store,
            router: puerta_web::app(state.clone()),
            state,
            _dir: dir,
        }
    }

    /// The SQLite database file under the app.
    pub fn database(&self) -> PathBuf {
        self._dir.path().join("puerta.db")
    }

    pub async fn request(&self, req: Request<Body>) -> Page {
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("infallible router");
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.expect("body").to_bytes();
        Page {
            status,
            headers,
            body,
        }
    }

    /// A browser-like GET (Accept: text/html).
    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, &[]).await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = Request::get(uri).header(
            header::ACCEPT,
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        );
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        self.request(req.body(Body::empty()).expect("request"))
            .await
    }

    /// Ids of some demo services, through the search index.
    pub async fn service_ids(&self, query: &str) -> Vec<String> {
        let res = self
            .request(
                Request::get(format!("/search?q={query}"))
                    .header(header::ACCEPT, "application/json")
                    .body(Body::empty())
                    .expect("request"),
            )
            .await;
        let v: serde_json::Value = serde_json::from_slice(&res.body).expect("search JSON");
        v["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| h["service"]["id"].as_str().expect("id").to_owned())
            .collect()
    }
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Page {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts a 200 HTML page and returns its text.
    pub fn html(&self) -> String {
        assert_eq!(self.status, StatusCode::OK, "{}", self.text());
        assert_eq!(self.header("content-type"), "text/html; charset=utf-8");
        self.text()
    }
}

/// What the app logs while a test runs: every level, no colours (see [`capture_logs`]).
#[derive(Clone, Default)]
pub struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("log lock")).into_owned()
    }
}

/// Captures this thread's logs at every level until the guard is dropped.
pub fn capture_logs() -> (Captured, tracing::subscriber::DefaultGuard) {
    let log = Captured::default();
    let sink = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .finish();
    (log, tracing::subscriber::set_default(subscriber))
}
