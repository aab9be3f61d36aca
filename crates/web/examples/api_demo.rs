//! A throwaway server for trying the API by hand and for `scripts/schemathesis.sh`:
//! opens (or creates) a SQLite database, writes the test fixture directory into it when it
//! is empty, and serves the API.
//!
//! ```sh
//! cargo run -p puerta-web --example api_demo -- 127.0.0.1:8099 /tmp/puerta-demo.db
//! ```

#[allow(dead_code)]
#[path = "../tests/api/fixtures.rs"]
mod fixtures;

use std::error::Error;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8099".to_owned());
    let db = args.next().unwrap_or_else(|| {
        std::env::temp_dir()
            .join("puerta-api-demo.db")
            .to_string_lossy()
            .into_owned()
    });
    let store = puerta_store::open(&db).await?;
    if store.counts().await?.services == 0 {
        fixtures::load(store.as_ref()).await;
    }
    let state = puerta_web::AppState::new(store)?;
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    tracing::info!(%addr, %db, "serving the HSDS API");
    axum::serve(listener, puerta_web::app(state)).await?;
    Ok(())
}
