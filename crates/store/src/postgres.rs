//! The PostgreSQL backend, for many `puerta serve` nodes over one database.
//!
//! Ids are `uuid` columns; lists of ids are bound as one array (`= ANY($1)`). Writers are
//! serialized with a transaction-scoped advisory lock, so change-feed sequence numbers are
//! handed out in commit order and a reader of the feed never skips a late commit. The
//! queries themselves live in `engine.rs`, shared with SQLite.

use std::str::FromStr;

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgRow};
use sqlx::{ConnectOptions, Postgres, QueryBuilder, Row, Transaction};
use uuid::Uuid;

use crate::{Backend, Result, StoreError};

// The shared queries, compiled here with this backend's types (and again in `sqlite.rs`).
#[allow(clippy::duplicate_mod)]
#[path = "engine.rs"]
mod engine;

type Db = Postgres;
type This = PgStore;
const BACKEND: Backend = Backend::Postgres;
static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// The advisory lock key every write transaction holds ("puerta" in ASCII).
const WRITE_LOCK: i64 = 0x7075_6572_7461;
/// The advisory lock key of problem-report writes ("report" in ASCII): its own key, so that
/// a long import does not hold up a resident's report.
const REPORT_LOCK: i64 = 0x7265_706f_7274;

/// A directory stored in a PostgreSQL database.
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://…`). Does not migrate: see [`crate::Store::migrate`].
    pub async fn connect(url: &str) -> Result<Self> {
        let options = PgConnectOptions::from_str(url)
            .map_err(|source| StoreError::Connect {
                url: url.to_owned(),
                source,
            })?
            .log_slow_statements(log::LevelFilter::Debug, std::time::Duration::from_secs(1));
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Connect {
                url: url.to_owned(),
                source,
            })?;
        Ok(Self { pool })
    }

    /// Closes every connection of the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn id_param(id: Uuid) -> Uuid {
    id
}

fn get_id(row: &PgRow, index: usize) -> Result<Uuid> {
    Ok(row.try_get::<Uuid, _>(index)?)
}

/// ` = ANY($n)` with the ids bound as one array.
fn push_id_list(qb: &mut QueryBuilder<'_, Postgres>, ids: &[Uuid]) {
    qb.push(" = ANY(").push_bind(ids.to_vec()).push(")");
}

async fn begin_write_tx(pool: &PgPool) -> Result<Transaction<'static, Postgres>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(WRITE_LOCK)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// A transaction for problem reports, serialized with the other report writes (so a limit
/// check and its insert cannot interleave with another report's) but not with imports.
async fn begin_report_tx(pool: &PgPool) -> Result<Transaction<'static, Postgres>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(REPORT_LOCK)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}
