//! `TestApp`: the real router over a real SQLite store in a temporary directory, called
//! in-process with `tower::ServiceExt::oneshot`.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use puerta_search::index::SearchIndex;
use puerta_store::Store;
use serde_json::Value;
use tempfile::TempDir;
use tower::ServiceExt;

use super::fixtures;

pub struct TestApp {
    pub store: Arc<dyn Store>,
    /// The search index, as `puerta serve` runs it; refreshed before every request so that
    /// whatever a test wrote is searchable.
    pub index: Arc<SearchIndex>,
    router: Router,
    _dir: TempDir,
}

impl TestApp {
    /// An app over an empty database.
    pub async fn empty() -> Self {
        Self::empty_with(|state| state).await
    }

    /// An app over an empty database, with its state adjusted by `configure`.
    pub async fn empty_with(
        configure: impl FnOnce(puerta_web::AppState) -> puerta_web::AppState,
    ) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("puerta.db");
        let store = puerta_store::open(path.to_str().expect("utf-8 path"))
            .await
            .expect("open SQLite store");
        let index = Arc::new(SearchIndex::build(&*store).await.expect("search index"));
        let state = configure(
            puerta_web::AppState::new(store.clone())
                .expect("app state")
                .with_search(index.clone()),
        );
        Self {
            store,
            index,
            router: puerta_web::app(state),
            _dir: dir,
        }
    }

    /// An app over the fixture directory.
    pub async fn with_fixtures() -> Self {
        let app = Self::empty().await;
        fixtures::load(app.store.as_ref()).await;
        app
    }

    pub async fn request(&self, req: Request<Body>) -> TestResponse {
        self.index
            .refresh(&*self.store)
            .await
            .expect("search index refresh");
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("infallible router");
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.expect("body").to_bytes();
        TestResponse {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).expect("request"))
            .await
    }

    pub async fn post(
        &self,
        uri: &str,
        content_type: Option<&str>,
        body: impl Into<Body>,
    ) -> TestResponse {
        let mut req = Request::builder().method(Method::POST).uri(uri);
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        self.request(req.body(body.into()).expect("request")).await
    }

    pub async fn post_json(&self, uri: &str, body: Value) -> TestResponse {
        self.post(uri, Some("application/json"), body.to_string())
            .await
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "{} is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts a 200 JSON response and returns its body.
    pub fn ok(&self) -> Value {
        assert_eq!(
            self.status,
            StatusCode::OK,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.content_type(), "application/json");
        self.json()
    }

    /// Asserts an error response with `status` and `code`, returning the message.
    pub fn error(&self, status: StatusCode, code: &str) -> String {
        assert_eq!(
            self.status,
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.content_type(), "application/json", "errors are JSON");
        let v = self.json();
        assert_eq!(v["error"]["code"], code, "{v}");
        let message = v["error"]["message"].as_str().expect("message").to_owned();
        assert!(!message.is_empty());
        message
    }
}

/// The `id`s of a page's contents, in order.
pub fn ids(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect()
}

/// The `name`s of a page's contents, in order.
pub fn names(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .map(|c| c["name"].as_str().expect("name").to_owned())
        .collect()
}

pub fn id(u: uuid::Uuid) -> String {
    u.to_string()
}
