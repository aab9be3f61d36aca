//! Real databases for tests: throwaway SQLite files and one private PostgreSQL server per
//! test process.
//!
//! [`postgres_url`] uses `PUERTA_TEST_PG_URL` when it is set; otherwise it starts a
//! PostgreSQL server from `/usr/lib/postgresql/<version>/bin` the first time it is called:
//! a fresh cluster in a temporary directory (owned by the `postgres` user when the tests
//! run as root, since PostgreSQL refuses to run as root), listening on 127.0.0.1 on a free
//! port, with its unix socket in that directory and durability switched off for speed.
//! A small watchdog shell process stops the server and deletes the directory within a
//! second of the test process ending, however it ends.
//!
//! These helpers panic with a clear message when a database cannot be had: they are for
//! tests only.

use std::net::TcpListener;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use sqlx::{Connection, Executor, PgConnection};

/// Set this to use an existing PostgreSQL server instead of starting one.
pub const PG_URL_VAR: &str = "PUERTA_TEST_PG_URL";

const MISSING_BINARIES: &str = "PostgreSQL server binaries (initdb, pg_ctl) were not found \
     under /usr/lib/postgresql/*/bin. Run scripts/test, which installs them, or set \
     PUERTA_TEST_PG_URL to a server the tests may create databases on.";

static SERVER: OnceLock<Result<String, String>> = OnceLock::new();

/// The URL of a PostgreSQL server for tests (its `postgres` database): `PUERTA_TEST_PG_URL`
/// if set, else a server started once for this test process.
pub async fn postgres_url() -> String {
    if let Some(url) = std::env::var(PG_URL_VAR)
        .ok()
        .filter(|u| !u.trim().is_empty())
    {
        return url;
    }
    match SERVER.get_or_init(start_server) {
        Ok(url) => url.clone(),
        Err(message) => panic!("{message}"),
    }
}

/// Creates a new, uniquely named, empty database on the test server and returns its URL.
pub async fn fresh_postgres_database() -> String {
    let server = postgres_url().await;
    let name = format!("puerta_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = PgConnection::connect(&server)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test PostgreSQL at {server}: {e}"));
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap_or_else(|e| panic!("cannot create the test database {name}: {e}"));
    // Closing is a courtesy; the database exists either way.
    let _ = conn.close().await;
    with_database(&server, &name)
}

/// The shared data folder (`PUERTA_SHARED_DATA`, which `scripts/test` sets, else
/// `../shared/data` beside the workspace).
pub fn shared_data() -> PathBuf {
    std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// The text of an official HSDS 3.1 example (`hsds/spec-3.1/examples/<name>`) from the
/// shared data; panics naming the path when it is missing.
pub fn official_example(name: &str) -> String {
    let path = shared_data().join("hsds/spec-3.1/examples").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (set PUERTA_SHARED_DATA to the shared data folder)",
            path.display()
        )
    })
}

/// A path for a new SQLite database inside a fresh temporary directory. Keep the
/// directory alive as long as the database is used; dropping it deletes the files.
pub fn fresh_sqlite_path() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix("puerta-test-")
        .tempdir()
        .unwrap_or_else(|e| panic!("cannot create a temporary directory: {e}"));
    let path = dir.path().join("puerta.db");
    (dir, path)
}

/// `url` with its database name replaced by `name` (query parameters are kept).
fn with_database(url: &str, name: &str) -> String {
    let (main, query) = match url.split_once('?') {
        Some((main, query)) => (main, format!("?{query}")),
        None => (url, String::new()),
    };
    let host_start = main.find("://").map_or(0, |i| i + 3);
    let base = match main[host_start..].find('/') {
        Some(slash) => &main[..host_start + slash],
        None => main,
    };
    format!("{base}/{name}{query}")
}

/// The `bin` directory of the newest PostgreSQL installed under /usr/lib/postgresql.
fn find_bin_dir() -> Option<PathBuf> {
    let entries = std::fs::read_dir("/usr/lib/postgresql").ok()?;
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .max_by_key(|(version, _)| *version)
        .map(|(_, bin)| bin)
}

/// Uid and gid of the `postgres` user, from /etc/passwd.
fn postgres_user() -> Result<(u32, u32), String> {
    let passwd = std::fs::read_to_string("/etc/passwd").map_err(|e| e.to_string())?;
    passwd
        .lines()
        .find_map(|line| {
            let fields: Vec<&str> = line.split(':').collect();
            if fields.first() != Some(&"postgres") || fields.len() < 4 {
                return None;
            }
            Some((fields[2].parse().ok()?, fields[3].parse().ok()?))
        })
        .ok_or_else(|| {
            "the tests run as root and PostgreSQL refuses to: a `postgres` user is needed \
             (run scripts/test, which installs PostgreSQL)"
                .to_string()
        })
}

/// Runs a PostgreSQL program, as the `postgres` user when we are root.
struct Runner {
    bin: PathBuf,
    as_postgres: bool,
}

impl Runner {
    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        }
    }

    /// The shell words that run `program` (for the watchdog script).
    fn shell_words(&self, program: &str) -> String {
        let program = shell_quote(&self.bin.join(program));
        if self.as_postgres {
            format!("runuser -u postgres -- {program}")
        } else {
            program
        }
    }
}

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

fn run(mut command: Command, what: &str) -> Result<(), String> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({}): {}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

fn start_server() -> Result<String, String> {
    let bin = find_bin_dir().ok_or_else(|| MISSING_BINARIES.to_string())?;
    let as_root = std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false);
    let runner = Runner {
        bin,
        as_postgres: as_root,
    };
    let dir = tempfile::Builder::new()
        .prefix("puerta-pg-")
        .tempdir()
        .map_err(|e| format!("cannot create a directory for PostgreSQL: {e}"))?
        .keep();
    if as_root {
        let (uid, gid) = postgres_user()?;
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid))
            .map_err(|e| format!("cannot hand {} to the postgres user: {e}", dir.display()))?;
    }
    let data = dir.join("data");
    let log = dir.join("server.log");

    // The watchdog first, so that the directory goes away even if starting fails.
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; \
         {pg_ctl} -D {data} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        pg_ctl = runner.shell_words("pg_ctl"),
        data = shell_quote(&data),
        dir = shell_quote(&dir),
    );
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group: a Ctrl-C on the test run must not kill the watchdog
        // before it has stopped the server.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start the PostgreSQL watchdog: {e}"))?;

    let mut initdb = runner.command("initdb");
    initdb
        .arg("-D")
        .arg(&data)
        .args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"])
        .args(["--no-sync", "--no-instructions"]);
    run(initdb, "initdb")?;

    let port = free_port()?;
    let options = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {socket_dir} -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        socket_dir = shell_quote(&dir),
    );
    let mut pg_ctl = runner.command("pg_ctl");
    pg_ctl
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(&log)
        .args(["-w", "-t", "60", "-o", &options, "start"]);
    run(pg_ctl, "pg_ctl start").map_err(|e| {
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        format!("{e}\nserver log:\n{log}")
    })?;
    Ok(format!("postgres://postgres@127.0.0.1:{port}/postgres"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_are_replaced_in_urls() {
        assert_eq!(
            with_database("postgres://u@h:5/postgres", "x"),
            "postgres://u@h:5/x"
        );
        assert_eq!(
            with_database("postgres://u:p@h/db?sslmode=disable", "x"),
            "postgres://u:p@h/x?sslmode=disable"
        );
        assert_eq!(with_database("postgres://h:5", "x"), "postgres://h:5/x");
    }

    #[test]
    fn sqlite_paths_live_in_their_own_directory() {
        let (dir, path) = fresh_sqlite_path();
        assert!(path.starts_with(dir.path()));
        assert!(!path.exists());
    }
}
