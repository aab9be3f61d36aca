//! The HTTP error policy.
//!
//! Every error leaves as `{"error": {"code": "...", "message": "..."}}` with a matching status.
//! `code` is stable snake_case that clients (and our own pages) may branch on or translate;
//! `message` is English for people and may change. Server-side failures (500) are logged
//! here with their cause, and the body says only that something went wrong: no SQL, paths
//! or record contents leave the server.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use puerta_store::StoreError;
use serde::Serialize;
use thiserror::Error;
use utoipa::ToSchema;
use uuid::Uuid;

/// An error an API handler returns.
#[derive(Debug, Error)]
pub enum ApiError {
    /// A query parameter or body field has a value we cannot use.
    #[error("parameter `{parameter}`: {reason}")]
    InvalidParameter { parameter: String, reason: String },
    /// The query string or body cannot be read at all.
    #[error("{0}")]
    InvalidRequest(String),
    /// A path id that is not a UUID.
    #[error("`{0}` is not a valid id: ids are UUIDs such as 3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    InvalidId(String),
    /// `postcode` + `proximity` with a postcode we have no centroid for.
    #[error(
        "no location is known for the postcode `{0}`; proximity search needs a 5-digit US ZIP code"
    )]
    UnknownPostcode(String),
    /// No record with this id.
    #[error("no {kind} has the id {id}")]
    NotFound { kind: &'static str, id: Uuid },
    /// No route at this path.
    #[error("there is nothing at this address; see /openapi.json for the endpoints")]
    NoRoute,
    #[error("this endpoint does not accept the {0} method")]
    MethodNotAllowed(String),
    #[error("request bodies must be application/json or application/x-www-form-urlencoded")]
    UnsupportedMediaType,
    #[error("the request body is larger than {limit} bytes")]
    BodyTooLarge { limit: usize },
    /// The database failed; the cause is logged, never sent.
    #[error("store error: {0}")]
    Store(#[from] StoreError),
    /// Any other failure on our side; the cause is logged, never sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn invalid(parameter: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::InvalidParameter {
            parameter: parameter.into(),
            reason: reason.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::InvalidParameter { .. }
            | Self::InvalidRequest(_)
            | Self::InvalidId(_)
            | Self::UnknownPostcode(_) => StatusCode::BAD_REQUEST,
            Self::NotFound { .. } | Self::NoRoute => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BodyTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Store(_) | Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code clients may rely on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidParameter { .. } => ErrorCode::InvalidParameter,
            Self::InvalidRequest(_) => ErrorCode::InvalidRequest,
            Self::InvalidId(_) => ErrorCode::InvalidId,
            Self::UnknownPostcode(_) => ErrorCode::UnknownPostcode,
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::NoRoute => ErrorCode::NoRoute,
            Self::MethodNotAllowed(_) => ErrorCode::MethodNotAllowed,
            Self::UnsupportedMediaType => ErrorCode::UnsupportedMediaType,
            Self::BodyTooLarge { .. } => ErrorCode::BodyTooLarge,
            Self::Store(_) | Self::Internal(_) => ErrorCode::InternalError,
        }
    }

    fn public_message(&self) -> String {
        match self {
            Self::Store(_) | Self::Internal(_) => {
                "something went wrong on our side; please try again later".to_owned()
            }
            other => other.to_string(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            // The only place the cause is recorded; it may name tables or ids, never people.
            tracing::error!(error = %self, "request failed");
        }
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code(),
                message: self.public_message(),
            },
        };
        (status, Json(body)).into_response()
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// A sentence in English for people; do not parse it.
    #[schema(example = "parameter `page`: expected a whole number from 1, found \"0\"")]
    pub message: String,
}

/// Stable machine-readable error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidParameter,
    InvalidRequest,
    InvalidId,
    UnknownPostcode,
    NotFound,
    NoRoute,
    MethodNotAllowed,
    UnsupportedMediaType,
    BodyTooLarge,
    InternalError,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_do_not_leak_their_cause() {
        let e = ApiError::Store(StoreError::Invalid("SELECT secret FROM t".into()));
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(e.code(), ErrorCode::InternalError);
        assert!(!e.public_message().contains("SELECT"));
    }

    #[tokio::test]
    async fn a_500_body_is_generic_json() {
        let res = ApiError::Store(StoreError::Corrupt {
            kind: "service",
            id: "x".into(),
            reason: "bad JSON at line 3".into(),
        })
        .into_response();
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(res.into_body(), 4096).await.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["error"]["code"], "internal_error");
        let text = String::from_utf8_lossy(&body);
        assert!(
            !text.contains("line 3") && !text.contains("service"),
            "{text}"
        );
    }

    #[test]
    fn codes_are_snake_case() {
        let v = serde_json::to_value(ErrorCode::UnknownPostcode).unwrap();
        assert_eq!(v, "unknown_postcode");
    }
}
