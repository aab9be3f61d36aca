//! The SQLite backend: the embedded default, one file next to the binary.
//!
//! The database runs in WAL mode with `synchronous = NORMAL`: readers never wait for the
//! importer, and a rolled-back write never touches the main database file. Ids are stored
//! as hyphenated lower-case text. The queries themselves live in `engine.rs`, shared with
//! PostgreSQL.

use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{ConnectOptions, QueryBuilder, Row, Sqlite, Transaction};
use uuid::fmt::Hyphenated;
use uuid::Uuid;

use crate::{Backend, Result, StoreError};

// The shared queries, compiled here with this backend's types (and again in `postgres.rs`).
#[allow(clippy::duplicate_mod)]
#[path = "engine.rs"]
mod engine;

type Db = Sqlite;
/// Page cache of a connection that only reads (KiB, negative as SQLite wants it).
const READ_CACHE_KIB: &str = "-16384";
type This = SqliteStore;
const BACKEND: Backend = Backend::Sqlite;
static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// A directory stored in one SQLite file.
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens the database file named by `url` (`sqlite:path`, `sqlite://path` or a plain
    /// path), creating it when missing. Does not migrate: see [`crate::Store::migrate`].
    pub async fn open(url: &str) -> Result<Self> {
        let connect_error = |source| StoreError::Connect {
            url: url.to_owned(),
            source,
        };
        let options = if url.starts_with("sqlite:") {
            SqliteConnectOptions::from_str(url).map_err(connect_error)?
        } else {
            SqliteConnectOptions::new().filename(url)
        };
        let options = options
            .create_if_missing(true)
            .page_size(16384)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30))
            // A modest page cache per reading connection; a write raises its own (see
            // `begin_write_tx`) and the pool lowers it again when the connection comes back.
            .pragma("cache_size", READ_CACHE_KIB)
            .pragma("temp_store", "memory")
            // A whole-table check in a 100,000-service import legitimately takes seconds:
            // not something to warn a user about.
            .log_slow_statements(log::LevelFilter::Debug, Duration::from_secs(1));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .after_release(|conn, _| {
                Box::pin(async move {
                    let reset = format!("PRAGMA cache_size = {READ_CACHE_KIB}");
                    sqlx::query(&reset).execute(&mut *conn).await?;
                    Ok(true)
                })
            })
            .connect_with(options)
            .await
            .map_err(connect_error)?;
        Ok(Self { pool })
    }

    /// Copies every committed change into the main database file, then closes every
    /// connection. (The pool may finish closing its last connection, which would also
    /// checkpoint, in the background after `close` returns; checkpointing first means the
    /// main file is complete as soon as this returns.)
    pub async fn close(&self) {
        // A checkpoint that meets a reader still inside a transaction stops early and says
        // so in its `busy` column instead of failing: retry until the log is empty, so the
        // main file is complete (and a later process has nothing left to copy into it).
        for attempt in 0..100u32 {
            match sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.pool)
                .await
            {
                Ok(row) => {
                    let busy: i64 = row.try_get(0).unwrap_or(1);
                    if busy == 0 {
                        break;
                    }
                    if attempt == 99 {
                        tracing::warn!(
                            "the SQLite write-ahead log could not be fully checkpointed"
                        );
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(e) => {
                    tracing::warn!("cannot checkpoint the SQLite write-ahead log: {e}");
                    break;
                }
            }
        }
        self.pool.close().await;
    }
}

fn id_param(id: Uuid) -> Hyphenated {
    id.hyphenated()
}

fn get_id(row: &SqliteRow, index: usize) -> Result<Uuid> {
    Ok(row.try_get::<Hyphenated, _>(index)?.into_uuid())
}

/// ` IN (?, ?, …)` for a non-empty list.
fn push_id_list(qb: &mut QueryBuilder<'_, Sqlite>, ids: &[Uuid]) {
    qb.push(" IN (");
    let mut list = qb.separated(", ");
    for id in ids {
        list.push_bind(id.hyphenated());
    }
    qb.push(")");
}

/// Takes the write lock at once, so that two writers queue up instead of failing when the
/// second one first reads and then tries to write.
///
/// The writing connection gets a 256 MiB page cache for the transaction: a 100,000-service
/// import then never spills uncommitted pages to the log only to read them back.
async fn begin_write_tx(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    sqlx::query("PRAGMA cache_size = -262144")
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// A transaction for problem reports: takes the write lock at once (`BEGIN IMMEDIATE`), so
/// that a report's limit check and its insert cannot interleave with another report's.
async fn begin_report_tx(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}
