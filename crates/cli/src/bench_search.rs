//! `puerta bench search`: search latency and throughput over HTTP at 100,000 services, the
//! same queries against PostgreSQL full-text search, and a trivial endpoint as the ceiling.
//!
//! 1. The corpus: the synthetic HSDS 3 NDJSON file of `bench import` (generated from the Miami
//!    2-1-1 data when missing), imported into a SQLite database (kept in the work folder).
//! 2. `puerta serve` runs as a child on loopback; the time from start to the first answered
//!    search is the index build (plus opening the database); its resident memory is read from
//!    `/proc` after the load.
//! 3. `wrk` (Debian package `wrk`) drives the URL mixes, each for `--duration` seconds:
//!    the comparison mix (English text, half of it near a ZIP code), the resident mix
//!    (multilingual queries with language / free / open-now / distance filters), each once
//!    *cold* (every request sends `Cache-Control: no-cache`, so every search is computed)
//!    and once *repeated* (the response cache may answer, as for real residents asking the
//!    same things), and `GET /`. Page server times are measured cold.
//! 4. PostgreSQL: the same corpus imported with `puerta import`, a `tsvector` column over the
//!    same text with a GIN index, queried with `websearch_to_tsquery` + `ts_rank`, an exact
//!    total (`count(*) OVER ()`) and a latitude/longitude bounding box for "near" — the
//!    approach of the Ohana API. Its load runs in-process over SQL with the same concurrency
//!    (no HTTP in front of it, which flatters PostgreSQL).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use sqlx::postgres::PgPoolOptions;
use sqlx::Row;

/// Comparison mix: (text, near ZIP code). English, as PostgreSQL's `english` configuration
/// only understands English; "near" means within 8 km of the ZIP code's centroid.
const COMPARISON: &[(&str, Option<&str>)] = &[
    ("food pantry", None),
    ("food pantry", Some("33125")),
    ("immigration legal services", None),
    ("immigration lawyer", Some("33135")),
    ("free legal aid", None),
    ("english classes", Some("33142")),
    ("rent assistance", None),
    ("rent assistance", Some("33147")),
    ("mental health counseling", None),
    ("dental care", Some("33012")),
    ("job training", None),
    ("employment services", Some("33125")),
    ("citizenship", None),
    ("health clinic", Some("33136")),
    ("domestic violence shelter", None),
    ("child care", Some("33161")),
    ("utility bill help", None),
    ("senior meals", Some("33139")),
    ("substance abuse treatment", None),
    ("tax preparation", Some("33130")),
    ("homeless shelter", None),
    ("clothing", Some("33127")),
    ("prescription assistance", None),
    ("small business loans", Some("33131")),
    ("disability services", None),
    ("transportation", Some("33150")),
    ("hiv testing", None),
    ("ged classes", Some("33010")),
    ("youth programs", None),
    ("legal aid", Some("33128")),
];

/// Resident mix: what residents type, with the filters of the resident pages.
const RESIDENT: &[&str] = &[
    "search=abogado%20gratis",
    "search=comida&language=es",
    "search=%E5%85%8D%E8%B4%B9%E5%BE%8B%E5%B8%88",
    "search=%D9%85%D8%AD%D8%A7%D9%85%D9%8A",
    "search=trabay&language=ht",
    "search=h%E1%BB%8Dc%20ti%E1%BA%BFng%20Anh",
    "search=food%20pantry&open_now=true",
    "search=clinica&free=true",
    "search=immigration&postcode=33125&radius_km=5",
    "search=english%20classes&language=es&postcode=33142&radius_km=10",
    "search=rent&open_now=true&postcode=33147&radius_km=8",
    "search=dentista&language=es",
    "search=%D0%B1%D0%B5%D1%81%D0%BF%D0%BB%D0%B0%D1%82%D0%BD%D1%8B%D0%B9%20%D1%8E%D1%80%D0%B8%D1%81%D1%82",
    "search=trabajo&language=es&open_now=true",
    "search=legal&free=true&language=es",
    "postcode=33135&radius_km=3",
];

pub struct Options {
    pub miami: PathBuf,
    pub services: usize,
    pub work: PathBuf,
    pub postgres: Option<String>,
    pub duration: u64,
    pub connections: usize,
}

struct Load {
    requests_per_s: f64,
    p50: Duration,
    p99: Duration,
    errors: u64,
}

pub async fn run(o: Options) -> anyhow::Result<()> {
    which("wrk").context(
        "`wrk` is needed to drive the HTTP load (Debian: apt-get install wrk; scripts/bench-search installs it)",
    )?;
    std::fs::create_dir_all(&o.work)?;
    let corpus = crate::bench::synthetic_corpus(&o.miami, o.services, &o.work).await?;
    let db = o.work.join(format!("search-{}.db", o.services));
    let db_s = db.display().to_string();
    if !db.exists() {
        eprintln!("importing {} into {db_s}", corpus.display());
        crate::bench::run_puerta(&["--db", &db_s, "import", &corpus.display().to_string()])?;
    }

    // Our server.
    let port = free_port()?;
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let log = o.work.join("serve.log");
    let started = Instant::now();
    let exe = std::env::current_exe().context("cannot find the puerta executable")?;
    let child = Command::new(exe)
        .args([
            "--db",
            &db_s,
            "serve",
            "--no-demo",
            "--addr",
            &addr.to_string(),
        ])
        .env("PUERTA_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log)?)
        .spawn()
        .context("cannot start `puerta serve`")?;
    let mut server = Server(child);
    let ready = wait_ready(addr, &mut server.0, Duration::from_secs(300))?;
    let startup = ready.duration_since(started);
    eprintln!("server ready in {startup:.1?}");
    let rss_idle = rss_kib(server.0.id(), "VmRSS")?;

    let comparison_paths: Vec<String> = COMPARISON
        .iter()
        .map(|(q, zip)| {
            let mut p = format!("/services?per_page=10&search={}", url_encode(q));
            if let Some(z) = zip {
                p.push_str(&format!("&postcode={z}&radius_km=8"));
            }
            p
        })
        .collect();
    let resident_paths: Vec<String> = RESIDENT
        .iter()
        .map(|q| format!("/services?per_page=10&{q}"))
        .collect();
    for p in comparison_paths.iter().chain(&resident_paths) {
        let status = http_get_status(addr, p)?;
        if status != 200 {
            bail!("GET {p} answered {status}; the mixes must be valid requests");
        }
    }
    // Cold: every request computed (`Cache-Control: no-cache`); repeated: the same mixes as a
    // resident population asks them, answered from the response cache when possible.
    let ours = wrk(addr, &comparison_paths, &o, Fresh::Always)?;
    // The same with one connection per core: the time a search takes without waiting
    // behind other searches for a core.
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let ours_unqueued = wrk_with(addr, &comparison_paths, &o, Fresh::Always, cores)?;
    let resident = wrk(addr, &resident_paths, &o, Fresh::Always)?;
    let ours_cached = wrk(addr, &comparison_paths, &o, Fresh::CacheAllowed)?;
    let resident_cached = wrk(addr, &resident_paths, &o, Fresh::CacheAllowed)?;
    let trivial = wrk(addr, &["/".to_owned()], &o, Fresh::CacheAllowed)?;
    let pages = page_loads(addr, &o)?;
    let rss_peak = rss_kib(server.0.id(), "VmHWM")?;
    drop(server);

    let pg = match &o.postgres {
        Some(url) => Some(pg_fts(url, &corpus, &o).await?),
        None => None,
    };

    println!(
        "\n{} services; server start-up incl. index build: {:.1} s; RSS idle {:.0} MiB, peak {:.0} MiB",
        o.services,
        startup.as_secs_f64(),
        rss_idle as f64 / 1024.0,
        rss_peak as f64 / 1024.0
    );
    println!(
        "\n| load ({} s, {} connections) | req/s | p50 | p99 | errors |",
        o.duration, o.connections
    );
    println!("|---|---:|---:|---:|---:|");
    let row = |name: &str, l: &Load| {
        println!(
            "| {name} | {:.0} | {:.2} ms | {:.2} ms | {} |",
            l.requests_per_s,
            l.p50.as_secs_f64() * 1e3,
            l.p99.as_secs_f64() * 1e3,
            l.errors
        );
    };
    row("Puerta search, comparison mix, cold (HTTP)", &ours);
    row(
        &format!("Puerta search, comparison mix, cold, {cores} connections (one per core)"),
        &ours_unqueued,
    );
    row(
        "Puerta search, resident mix with filters, cold (HTTP)",
        &resident,
    );
    row(
        "Puerta search, comparison mix, repeated (response cache)",
        &ours_cached,
    );
    row(
        "Puerta search, resident mix, repeated (response cache)",
        &resident_cached,
    );
    row("Puerta `GET /` (trivial endpoint, HTTP)", &trivial);
    for (name, load) in &pages {
        row(&format!("resident page: {name}"), load);
    }
    if let Some(pg) = &pg {
        row("PostgreSQL FTS, comparison mix (SQL, no HTTP)", pg);
    }
    println!();
    let share = |l: &Load| 100.0 * l.requests_per_s / trivial.requests_per_s;
    println!(
        "search throughput / trivial endpoint: cold {:.1}% (comparison mix), {:.1}% (resident \
         mix); repeated {:.0}% (comparison mix), {:.0}% (resident mix)",
        share(&ours),
        share(&resident),
        share(&ours_cached),
        share(&resident_cached)
    );
    if let Some(pg) = &pg {
        println!(
            "Puerta (cold, every search computed) / PostgreSQL FTS throughput on the comparison \
             mix: {:.1}×",
            ours.requests_per_s / pg.requests_per_s
        );
    }
    Ok(())
}

/// Server time per resident page type: each page type alone, `--duration` seconds each,
/// with the ids of a real service and organization read from the API.
fn page_loads(addr: SocketAddr, o: &Options) -> anyhow::Result<Vec<(String, Load)>> {
    let body = http_get_body(addr, "/services?per_page=1&search=food")?;
    let first: serde_json::Value = serde_json::from_str(&body)?;
    let service = first["contents"][0]["id"]
        .as_str()
        .context("no service to open in the page benchmark")?
        .to_owned();
    let organization = first["contents"][0]["organization_id"]
        .as_str()
        .context("the service has no organization")?
        .to_owned();
    // The plan encodes its services in the URL: take the value the service page's
    // "add to my plan" form carries.
    let page = http_get_body(addr, &format!("/es/services/{service}"))?;
    let plan = page
        .split_once("name=\"s\" value=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(value, _)| value.to_owned())
        .context("the service page has no add-to-plan form")?;
    let kinds: Vec<(&str, Vec<String>)> = vec![
        ("home", vec!["/es/".into(), "/ar/".into(), "/en/".into()]),
        (
            "results",
            vec![
                "/es/results?q=comida".into(),
                "/en/results?q=food%20pantry&near=33125&radius=5".into(),
                "/ar/results?need=legal".into(),
                "/en/results?q=immigration&open_now=1".into(),
            ],
        ),
        (
            "service detail",
            vec![
                format!("/es/services/{service}"),
                format!("/en/services/{service}"),
            ],
        ),
        (
            "organization",
            vec![format!("/es/organizations/{organization}")],
        ),
        (
            "know your rights",
            vec!["/es/rights/notario".into(), "/ar/rights/police".into()],
        ),
        ("about", vec!["/es/about".into()]),
        (
            "plan",
            vec![
                format!("/es/plan?s={plan}"),
                format!("/es/plan/print?s={plan}"),
            ],
        ),
        (
            "screener results",
            vec!["/es/screener/results?household_size=3&household_annual_income=30000".into()],
        ),
    ];
    let mut out = Vec::new();
    for (name, paths) in kinds {
        for p in &paths {
            let status = http_get_status(addr, p)?;
            if status != 200 {
                bail!("GET {p} answered {status}; the page mix must be valid");
            }
        }
        // Server time to build each page: nothing from the response cache.
        out.push((name.to_owned(), wrk(addr, &paths, o, Fresh::Always)?));
    }
    Ok(out)
}

/// Kills the server when dropped (also on errors).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn which(program: &str) -> anyhow::Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
        .with_context(|| format!("`{program}` is not on PATH"))
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A minimal HTTP/1.0 GET on loopback (HTTP/1.0: the body is never chunked), returning the
/// status code and the body.
fn http_get(addr: SocketAddr, path: &str) -> anyhow::Result<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n")?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((text.as_str(), ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .with_context(|| {
            format!(
                "not an HTTP response to GET {path}: {:?}",
                &head[..head.len().min(64)]
            )
        })?;
    Ok((status, body.to_owned()))
}

fn http_get_status(addr: SocketAddr, path: &str) -> anyhow::Result<u16> {
    Ok(http_get(addr, path)?.0)
}

fn http_get_body(addr: SocketAddr, path: &str) -> anyhow::Result<String> {
    Ok(http_get(addr, path)?.1)
}

fn wait_ready(addr: SocketAddr, child: &mut Child, limit: Duration) -> anyhow::Result<Instant> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            bail!("`puerta serve` exited early ({status}); see its log in the work folder");
        }
        if let Ok(200) = http_get_status(addr, "/services?per_page=1&search=food") {
            return Ok(Instant::now());
        }
        if start.elapsed() > limit {
            bail!("`puerta serve` did not answer within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn rss_kib(pid: u32, field: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)?
                .trim_start_matches(':')
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .with_context(|| format!("no {field} in /proc/{pid}/status"))
}

/// Runs wrk over `paths` (round robin) and parses its latency distribution.
/// Whether requests may be answered from the server's response cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fresh {
    /// `Cache-Control: no-cache` on every request: each one is computed.
    Always,
    CacheAllowed,
}

fn wrk(addr: SocketAddr, paths: &[String], o: &Options, fresh: Fresh) -> anyhow::Result<Load> {
    wrk_with(addr, paths, o, fresh, o.connections)
}

/// [`wrk`] with `connections` connections instead of `--connections`.
fn wrk_with(
    addr: SocketAddr,
    paths: &[String],
    o: &Options,
    fresh: Fresh,
    connections: usize,
) -> anyhow::Result<Load> {
    let script = o.work.join("mix.lua");
    let mut lua = String::from("local paths = {\n");
    for p in paths {
        lua.push_str(&format!("  [[{p}]],\n"));
    }
    let headers = match fresh {
        Fresh::Always => "{[\"Cache-Control\"] = \"no-cache\"}",
        Fresh::CacheAllowed => "nil",
    };
    lua.push_str(&format!(
        "}}\nlocal headers = {headers}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i], headers)\nend\n"
    ));
    std::fs::write(&script, lua)?;
    let out = Command::new("wrk")
        .args([
            &format!("-t{}", connections.clamp(1, 2)),
            &format!("-c{connections}"),
            &format!("-d{}s", o.duration),
            "--latency",
            "-s",
        ])
        .arg(&script)
        .arg(format!("http://{addr}"))
        .output()
        .context("cannot run wrk")?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        bail!("wrk failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    parse_wrk(&text).with_context(|| format!("cannot read wrk's output:\n{text}"))
}

fn parse_duration(s: &str) -> Option<Duration> {
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic())?);
    let v: f64 = num.parse().ok()?;
    let secs = match unit {
        "us" => v / 1e6,
        "ms" => v / 1e3,
        "s" => v,
        "m" => v * 60.0,
        _ => return None,
    };
    Some(Duration::from_secs_f64(secs))
}

fn parse_wrk(text: &str) -> Option<Load> {
    let mut p50 = None;
    let mut p99 = None;
    let mut rps = None;
    let mut errors = 0u64;
    for line in text.lines() {
        let t = line.trim();
        let mut words = t.split_whitespace();
        match (words.next(), words.next()) {
            (Some("50%"), Some(v)) => p50 = parse_duration(v),
            (Some("99%"), Some(v)) => p99 = parse_duration(v),
            (Some("Requests/sec:"), Some(v)) => rps = v.parse().ok(),
            _ => {}
        }
        if let Some(rest) = t.strip_prefix("Non-2xx or 3xx responses:") {
            errors += rest.trim().parse::<u64>().unwrap_or(0);
        }
        if let Some(rest) = t.strip_prefix("Socket errors:") {
            errors += rest
                .split(',')
                .filter_map(|part| part.split_whitespace().last()?.parse::<u64>().ok())
                .sum::<u64>();
        }
    }
    Some(Load {
        requests_per_s: rps?,
        p50: p50?,
        p99: p99?,
        errors,
    })
}

/// Imports the corpus into PostgreSQL (once), adds the full-text column and index, and runs
/// the comparison mix over SQL with `connections` concurrent connections.
async fn pg_fts(url: &str, corpus: &Path, o: &Options) -> anyhow::Result<Load> {
    let pool = PgPoolOptions::new()
        .max_connections(o.connections as u32)
        .connect(url)
        .await
        .with_context(|| format!("cannot connect to {url}"))?;
    let have: i64 = match sqlx::query("SELECT count(*) FROM services")
        .fetch_one(&pool)
        .await
    {
        Ok(row) => row.try_get(0)?,
        Err(_) => 0,
    };
    if have != o.services as i64 {
        eprintln!("importing {} into PostgreSQL", corpus.display());
        crate::bench::run_puerta(&[
            "--db",
            url,
            "import",
            "--replace",
            &corpus.display().to_string(),
        ])?;
    }
    // The same text our index reads: name, alternate name, description (and the
    // organization's name, as the engine's own `search` did) — stored in `search_text`.
    for statement in [
        "ALTER TABLE services ADD COLUMN IF NOT EXISTS bench_fts tsvector",
        "UPDATE services SET bench_fts = to_tsvector('english', search_text) WHERE bench_fts IS NULL",
        "CREATE INDEX IF NOT EXISTS services_bench_fts ON services USING gin (bench_fts)",
        "ANALYZE services",
        "ANALYZE locations",
        "ANALYZE service_at_locations",
    ] {
        sqlx::query(statement).execute(&pool).await?;
    }
    let zips = puerta_search::geo::ZipCentroids::shipped()?;
    let mut queries = Vec::new();
    for (q, zip) in COMPARISON {
        let bbox = match zip {
            Some(z) => {
                let (lat, lon) = zips
                    .lookup(z)
                    .with_context(|| format!("ZIP {z} not in the shipped centroids"))?;
                let dlat = 8.0 / 111.32;
                let dlon = 8.0 / (111.32 * lat.to_radians().cos());
                Some((lat - dlat, lat + dlat, lon - dlon, lon + dlon))
            }
            None => None,
        };
        queries.push((q.to_string(), bbox));
    }
    let deadline = Instant::now() + Duration::from_secs(o.duration);
    let mut tasks = Vec::new();
    for worker in 0..o.connections {
        let pool = pool.clone();
        let queries = queries.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut i = worker;
            while Instant::now() < deadline {
                let (q, bbox) = &queries[i % queries.len()];
                i += 1;
                let t = Instant::now();
                pg_query(&pool, q, *bbox).await?;
                latencies.push(t.elapsed());
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await??);
    }
    pool.close().await;
    all.sort();
    if all.is_empty() {
        bail!("no PostgreSQL query finished within the duration");
    }
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
    Ok(Load {
        requests_per_s: all.len() as f64 / o.duration as f64,
        p50: pct(0.50),
        p99: pct(0.99),
        errors: 0,
    })
}

async fn pg_query(
    pool: &sqlx::PgPool,
    q: &str,
    bbox: Option<(f64, f64, f64, f64)>,
) -> anyhow::Result<usize> {
    let rows = match bbox {
        None => {
            sqlx::query(
                "SELECT s.id, s.doc, ts_rank(s.bench_fts, q) AS rank, count(*) OVER () AS total \
                 FROM services s, websearch_to_tsquery('english', $1) q \
                 WHERE s.bench_fts @@ q ORDER BY rank DESC, s.sort_name, s.id LIMIT 10",
            )
            .bind(q)
            .fetch_all(pool)
            .await?
        }
        Some((lat0, lat1, lon0, lon1)) => {
            sqlx::query(
                "SELECT s.id, s.doc, ts_rank(s.bench_fts, q) AS rank, count(*) OVER () AS total \
                 FROM services s, websearch_to_tsquery('english', $1) q \
                 WHERE s.bench_fts @@ q AND EXISTS (\
                   SELECT 1 FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
                   WHERE sal.service_id = s.id AND l.latitude BETWEEN $2 AND $3 \
                   AND l.longitude BETWEEN $4 AND $5) \
                 ORDER BY rank DESC, s.sort_name, s.id LIMIT 10",
            )
            .bind(q)
            .bind(lat0)
            .bind(lat1)
            .bind(lon0)
            .bind(lon1)
            .fetch_all(pool)
            .await?
        }
    };
    Ok(rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_output() {
        let text = "Running 10s test @ http://127.0.0.1:8080\n  2 threads and 8 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency   1.20ms  300.00us   9.00ms   90.00%\n  Latency Distribution\n     50%  1.10ms\n     75%  1.30ms\n     90%  1.60ms\n     99%  850.00us\n  1000 requests in 10.00s, 1.00MB read\n  Non-2xx or 3xx responses: 3\nRequests/sec:   6543.21\nTransfer/sec:    100.00KB\n";
        let l = parse_wrk(text).unwrap();
        assert_eq!(l.p50, Duration::from_micros(1100));
        assert_eq!(l.p99, Duration::from_micros(850));
        assert!((l.requests_per_s - 6543.21).abs() < 1e-6);
        assert_eq!(l.errors, 3);
        assert!(parse_wrk("garbage").is_none());
    }

    #[test]
    fn encodes_queries() {
        assert_eq!(url_encode("food pantry"), "food%20pantry");
        assert_eq!(url_encode("é"), "%C3%A9");
    }
}
