//! `puerta bench import`: import time and peak memory for the Miami 2-1-1 data and for a
//! synthetic HSDS 3 NDJSON file of N services generated from it.
//!
//! Each import runs as a child `puerta import` process so that its wall time and peak
//! resident memory (from `wait4`'s rusage) are those of a real command-line import.

use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Subcommand;
use serde_json::Value;
use uuid::Uuid;

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Import benchmark: Miami HSDS 1.x datapackage, then a synthetic HSDS 3 NDJSON corpus.
    Import {
        /// The Miami Open211 datapackage (not shipped; see README).
        #[arg(
            long,
            default_value = "../shared/data/hsds/datasets/miami-open211-2019"
        )]
        miami: PathBuf,
        /// Number of services in the synthetic corpus.
        #[arg(long, default_value_t = 100_000)]
        services: usize,
        /// Keep the work files here instead of a temporary folder.
        #[arg(long)]
        work: Option<PathBuf>,
        /// Also run the imports against this PostgreSQL server URL (a database per run is
        /// not created: it must be empty or disposable).
        #[arg(long)]
        postgres: Option<String>,
    },
    /// Search benchmark: latency and throughput over HTTP (wrk) at N services, against
    /// PostgreSQL full-text search and against a trivial endpoint.
    Search {
        /// The Miami Open211 datapackage the synthetic corpus is generated from.
        #[arg(
            long,
            default_value = "../shared/data/hsds/datasets/miami-open211-2019"
        )]
        miami: PathBuf,
        /// Number of services in the corpus.
        #[arg(long, default_value_t = 100_000)]
        services: usize,
        /// Work folder; the corpus and its databases are kept there and reused.
        #[arg(long, default_value = "target/bench")]
        work: PathBuf,
        /// A disposable PostgreSQL database for the full-text-search comparison.
        #[arg(long)]
        postgres: Option<String>,
        /// Seconds of load per mix.
        #[arg(long, default_value_t = 10)]
        duration: u64,
        /// Concurrent connections (wrk and PostgreSQL alike).
        #[arg(long, default_value_t = 8)]
        connections: usize,
    },
}

pub async fn run(cmd: BenchCommand) -> anyhow::Result<()> {
    match cmd {
        BenchCommand::Import {
            miami,
            services,
            work,
            postgres,
        } => import_bench(&miami, services, work, postgres).await,
        BenchCommand::Search {
            miami,
            services,
            work,
            postgres,
            duration,
            connections,
        } => {
            crate::bench_search::run(crate::bench_search::Options {
                miami,
                services,
                work,
                postgres,
                duration,
                connections,
            })
            .await
        }
    }
}

/// Runs `puerta <args>` as a child, failing with its error output.
pub fn run_puerta(args: &[&str]) -> anyhow::Result<()> {
    measure(args).map(|_| ())
}

/// The synthetic corpus of `n` services in `dir` (`synthetic-<n>.ndjson`), generated from the
/// Miami package when missing: import Miami, export it as HSDS 3 NDJSON, multiply.
pub async fn synthetic_corpus(miami: &Path, n: usize, dir: &Path) -> anyhow::Result<PathBuf> {
    let synthetic = dir.join(format!("synthetic-{n}.ndjson"));
    if synthetic.exists() {
        return Ok(synthetic);
    }
    if !miami.exists() {
        bail!(
            "the Miami datapackage is not at {} (pass --miami PATH)",
            miami.display()
        );
    }
    let miami_db = dir.join("miami-seed.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", miami_db.display()));
    }
    let miami_db_s = miami_db.display().to_string();
    run_puerta(&["--db", &miami_db_s, "import", &miami.display().to_string()])?;
    let export_dir = dir.join("miami-export");
    let _ = std::fs::remove_dir_all(&export_dir);
    let store = puerta_store::open(&miami_db_s).await?;
    let exported = puerta_ingest::export::export(
        &*store,
        &export_dir,
        puerta_ingest::export::ExportFormat::Json,
        false,
    )
    .await;
    store.close().await;
    exported?;
    let partial = dir.join(format!("synthetic-{n}.ndjson.partial"));
    let started = Instant::now();
    let bytes = generate_synthetic(&export_dir.join("services.ndjson"), &partial, n)?;
    std::fs::rename(&partial, &synthetic)?;
    eprintln!(
        "generated {} ({n} services, {:.1} MB) in {:.1?}",
        synthetic.display(),
        bytes as f64 / 1e6,
        started.elapsed()
    );
    Ok(synthetic)
}

struct Measured {
    wall: Duration,
    max_rss_kib: i64,
}

/// Runs `puerta <args>` as a child and measures it.
fn measure(args: &[&str]) -> anyhow::Result<Measured> {
    let exe = std::env::current_exe().context("cannot find the puerta executable")?;
    let start = Instant::now();
    let child = std::process::Command::new(exe)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("cannot start the child import")?;
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our child, which has not been waited for.
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if rc < 0 {
        bail!("wait4 failed: {}", std::io::Error::last_os_error());
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let mut msg = String::new();
        if let Some(err) = stderr.as_mut() {
            use std::io::Read;
            let _ = err.read_to_string(&mut msg);
        }
        bail!("`puerta {}` failed: {}", args.join(" "), msg.trim());
    }
    Ok(Measured {
        wall,
        max_rss_kib: usage.ru_maxrss,
    })
}

async fn import_bench(
    miami: &Path,
    n: usize,
    work: Option<PathBuf>,
    postgres: Option<String>,
) -> anyhow::Result<()> {
    if !miami.exists() {
        bail!(
            "the Miami datapackage is not at {} (pass --miami PATH)",
            miami.display()
        );
    }
    let tmp;
    let dir = match work {
        Some(d) => {
            std::fs::create_dir_all(&d)?;
            d
        }
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_path_buf()
        }
    };
    let miami_db = dir.join("miami.db");
    let synth_db = dir.join("synthetic.db");
    for f in [&miami_db, &synth_db] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
        }
    }
    let miami_s = miami.display().to_string();
    let mut rows: Vec<(String, Measured)> = Vec::new();

    let m = measure(&["--db", &miami_db.display().to_string(), "import", &miami_s])?;
    rows.push(("Miami HSDS 1.x (4,089 services), SQLite".into(), m));
    let m = measure(&["--db", &miami_db.display().to_string(), "import", &miami_s])?;
    rows.push(("Miami re-import (all unchanged), SQLite".into(), m));

    // Export Miami as HSDS 3 NDJSON, then multiply it into the synthetic corpus.
    let export_dir = dir.join("miami-export");
    let _ = std::fs::remove_dir_all(&export_dir);
    let store = puerta_store::open(&miami_db.display().to_string()).await?;
    puerta_ingest::export::export(
        &*store,
        &export_dir,
        puerta_ingest::export::ExportFormat::Json,
        false,
    )
    .await?;
    store.close().await;
    let seed = export_dir.join("services.ndjson");
    let synthetic = dir.join(format!("synthetic-{n}.ndjson"));
    let started = Instant::now();
    let bytes = generate_synthetic(&seed, &synthetic, n)?;
    eprintln!(
        "generated {} ({n} services, {:.1} MB) in {:.1?}",
        synthetic.display(),
        bytes as f64 / 1e6,
        started.elapsed()
    );
    let synth_s = synthetic.display().to_string();
    let m = measure(&["--db", &synth_db.display().to_string(), "import", &synth_s])?;
    rows.push((format!("synthetic HSDS 3 NDJSON ({n} services), SQLite"), m));

    if let Some(pg) = postgres {
        let m = measure(&["--db", &pg, "import", &miami_s])?;
        rows.push(("Miami HSDS 1.x, PostgreSQL".into(), m));
        let m = measure(&["--db", &pg, "import", &synth_s])?;
        rows.push((format!("synthetic NDJSON ({n} services), PostgreSQL"), m));
    }

    println!("| import | wall time | peak RSS |");
    println!("|---|---:|---:|");
    for (name, m) in &rows {
        println!(
            "| {name} | {:.2} s | {:.0} MiB |",
            m.wall.as_secs_f64(),
            m.max_rss_kib as f64 / 1024.0
        );
    }
    Ok(())
}

/// Writes `n` services to `out`, cycling through the services of `seed` and giving every copy
/// fresh ids (all `id` / `*_id` UUIDs are remapped per copy, so references stay consistent
/// within a copy; taxonomy term ids are kept, they point at shared terms).
fn generate_synthetic(seed: &Path, out: &Path, n: usize) -> anyhow::Result<u64> {
    let file =
        std::fs::File::open(seed).with_context(|| format!("cannot read {}", seed.display()))?;
    let mut seeds: Vec<Value> = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        seeds.push(serde_json::from_str(&line)?);
    }
    if seeds.is_empty() {
        bail!("{} holds no services", seed.display());
    }
    let mut w = BufWriter::new(std::fs::File::create(out)?);
    let mut bytes = 0u64;
    for i in 0..n {
        let copy = (i / seeds.len()) as u64;
        let mut v = seeds[i % seeds.len()].clone();
        if copy > 0 {
            remap_ids(&mut v, copy);
            if let Some(name) = v.get_mut("name") {
                if let Some(s) = name.as_str() {
                    *name = Value::String(format!("{s} ({})", copy + 1));
                }
            }
        }
        let line = serde_json::to_string(&v)?;
        bytes += line.len() as u64 + 1;
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(bytes)
}

fn remap_ids(v: &mut Value, copy: u64) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                let is_id = k == "id"
                    || (k.ends_with("_id") && k != "taxonomy_term_id" && k != "taxonomy_id");
                if is_id {
                    if let Some(u) = child.as_str().and_then(|s| Uuid::parse_str(s).ok()) {
                        let ns = Uuid::from_u64_pair(0x7075_6572_7461_0000, copy);
                        *child = Value::String(Uuid::new_v5(&ns, u.as_bytes()).to_string());
                        continue;
                    }
                }
                if k != "taxonomy_term" {
                    remap_ids(child, copy);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| remap_ids(c, copy)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remapping_keeps_references_consistent_within_a_copy() {
        let org = Uuid::new_v4().to_string();
        let term = Uuid::new_v4().to_string();
        let mut v = serde_json::json!({
            "id": Uuid::new_v4().to_string(),
            "organization_id": org,
            "organization": {"id": org},
            "attributes": [{"id": Uuid::new_v4().to_string(), "taxonomy_term_id": term}]
        });
        let before = v.clone();
        remap_ids(&mut v, 3);
        assert_ne!(v["id"], before["id"]);
        assert_eq!(v["organization_id"], v["organization"]["id"]);
        assert_ne!(v["organization_id"], before["organization_id"]);
        assert_eq!(
            v["attributes"][0]["taxonomy_term_id"],
            before["attributes"][0]["taxonomy_term_id"]
        );
        let mut again = before.clone();
        remap_ids(&mut again, 3);
        assert_eq!(v, again, "remapping is deterministic");
    }
}
