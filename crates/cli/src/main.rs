//! The `puerta` binary: serve the directory, import and export HSDS data, migrate the
//! database, and run benchmarks. Errors end the process with exit code 1 and one line
//! saying why.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

mod bench;
mod bench_search;
mod demo;
mod eval;
mod legal;
mod reports;
mod rules;

/// Puerta: a one-stop immigrant resource center. A directory of services in the
/// Open Referral HSDS 3.1 standard, with an HSDS API.
#[derive(Debug, Parser)]
#[command(name = "puerta", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// Database: a SQLite file path (created if missing) or a postgres:// URL.
    #[arg(long, global = true, env = "PUERTA_DB", default_value = puerta_store::DEFAULT_DB)]
    db: String,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the HSDS API. An empty database is first filled with the shipped demo directory.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", env = "PUERTA_ADDR")]
        addr: SocketAddr,
        /// Do not load the demo directory into an empty database.
        #[arg(long)]
        no_demo: bool,
        /// How requests reach us: `http` (no TLS; never send HSTS), `proxy` (behind a
        /// TLS-terminating proxy that overwrites `X-Forwarded-Proto`: HSTS when it says
        /// https), `https` (every request arrives over TLS: always HSTS).
        #[arg(long, value_enum, default_value_t = HttpsArg::Http, env = "PUERTA_HTTPS")]
        https: HttpsArg,
        /// Memory for reusing answers of search-backed endpoints, in MiB (0: off). Answers
        /// are reused within the same minute while the directory is unchanged.
        #[arg(long, default_value_t = puerta_web::cache::DEFAULT_CAPACITY_MB, env = "PUERTA_RESPONSE_CACHE_MB")]
        response_cache_mb: u64,
        /// Draw a map on the results page from this tile server: a URL template with {z},
        /// {x} and {y}, https:// (or http:// on 127.0.0.1, localhost or [::1]). Residents'
        /// browsers then fetch tiles from it, which sees their IP address and the map area.
        #[arg(long, value_name = "URL TEMPLATE", env = "PUERTA_MAP_TILES")]
        map_tiles: Option<String>,
        /// The credit the tile server requires, shown under the map (required with
        /// --map-tiles), e.g. "© OpenStreetMap contributors".
        #[arg(long, value_name = "TEXT", env = "PUERTA_MAP_ATTRIBUTION")]
        map_attribution: Option<String>,
    },
    /// Import directory data. The whole import is one transaction: on any error nothing is
    /// changed and the error names the file, row and field.
    Import {
        /// A file or folder to import.
        path: PathBuf,
        /// Input format; `auto` looks at the path.
        #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
        format: FormatArg,
        /// Replace all records previously imported from the same source.
        #[arg(long)]
        replace: bool,
        /// Source name the records are tagged with (default: the file or folder name).
        #[arg(long)]
        source: Option<String>,
    },
    /// Export the whole directory as HSDS 3.1.
    Export {
        /// Folder to write (created; must not exist or be empty).
        dir: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportArg::Json)]
        format: ExportArg,
    },
    /// Create or update the database schema.
    Migrate,
    /// Load the shipped demo directory (Open Eligibility taxonomy and demo services).
    Demo,
    /// Legal-provider verification against the DOJ/EOIR roster.
    Legal {
        #[command(subcommand)]
        which: legal::LegalCommand,
    },
    /// Relevance harness: run the judged queries, print nDCG@10 and recall@20 per language.
    /// Without --db it builds a temporary database with the demo and Miami data.
    Eval(eval::EvalArgs),
    /// Benchmarks (see README "Benchmarks").
    Bench {
        #[command(subcommand)]
        which: bench::BenchCommand,
    },
    /// Problem reports residents sent from service pages: list, resolve, purge.
    Reports {
        #[command(subcommand)]
        which: reports::ReportsCommand,
    },
    /// Eligibility programs as data: run their test cases, screen households from CSV.
    Rules {
        #[command(subcommand)]
        which: rules::RulesCommand,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Hsds3Json,
    Hsds3Csv,
    Hsds1Datapackage,
    OpenEligibility,
}

impl From<FormatArg> for puerta_ingest::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Auto => Self::Auto,
            FormatArg::Hsds3Json => Self::Hsds3Json,
            FormatArg::Hsds3Csv => Self::Hsds3Csv,
            FormatArg::Hsds1Datapackage => Self::Hsds1Datapackage,
            FormatArg::OpenEligibility => Self::OpenEligibility,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportArg {
    Json,
    Csv,
}

// The system allocator serialises the importer's parser threads on its arena locks; mimalloc
// keeps per-thread heaps (measured: see the README's benchmark section).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the whole cause chain, separated by colons.
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("PUERTA_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let db = cli.db;
    match cli.command {
        Command::Serve {
            addr,
            no_demo,
            https,
            response_cache_mb,
            map_tiles,
            map_attribution,
        } => {
            let map = puerta_web::MapTiles::from_options(
                map_tiles.as_deref(),
                map_attribution.as_deref(),
            )?;
            let options = ServeOptions {
                map,
                addr,
                no_demo,
                https: https.into(),
                response_cache_bytes: response_cache_mb.saturating_mul(1024 * 1024),
            };
            serve(&db, options).await
        }
        Command::Import {
            path,
            format,
            replace,
            source,
        } => {
            let store = open(&db).await?;
            let options = puerta_ingest::ImportOptions {
                format: format.into(),
                replace,
                source,
                progress: true,
            };
            let result = puerta_ingest::import(&*store, &path, &options).await;
            store.close().await;
            print_import_report(&result?);
            Ok(())
        }
        Command::Export { dir, format } => {
            let store = open(&db).await?;
            let format = match format {
                ExportArg::Json => puerta_ingest::export::ExportFormat::Json,
                ExportArg::Csv => puerta_ingest::export::ExportFormat::Csv,
            };
            let result = puerta_ingest::export::export(&*store, &dir, format, true).await;
            store.close().await;
            let report = result.with_context(|| format!("export to {}", dir.display()))?;
            println!("{report}");
            Ok(())
        }
        Command::Migrate => {
            open(&db).await?.close().await;
            println!("database {db} is up to date");
            Ok(())
        }
        Command::Demo => {
            let store = open(&db).await?;
            let result = demo::load(&*store).await;
            store.close().await;
            for report in result? {
                print_import_report(&report);
            }
            Ok(())
        }
        Command::Bench { which } => bench::run(which).await,
        Command::Eval(args) => eval::run(&db, args).await,
        Command::Legal { which } => legal::run(&db, which).await,
        Command::Reports { which } => reports::run(&db, which).await,
        Command::Rules { which } => rules::run(which),
    }
}

async fn open(db: &str) -> anyhow::Result<std::sync::Arc<dyn puerta_store::Store>> {
    puerta_store::open(db)
        .await
        .with_context(|| format!("cannot open database {db}"))
}

fn print_import_report(r: &puerta_ingest::ImportReport) {
    println!(
        "imported {} ({}): {} services, {} organizations, {} locations, {} service-at-locations, {} taxonomies, {} taxonomy terms; {} written, {} unchanged, {} deleted",
        r.source,
        r.format,
        r.services,
        r.organizations,
        r.locations,
        r.service_at_locations,
        r.taxonomies,
        r.taxonomy_terms,
        r.store.written,
        r.store.unchanged,
        r.deleted.max(r.store.deleted),
    );
    if !r.warnings.is_empty() {
        println!("{} notes about the data:", r.warnings.len());
        for w in r.warnings.iter().take(20) {
            println!("  - {w}");
        }
        if r.warnings.len() > 20 {
            println!("  … and {} more", r.warnings.len() - 20);
        }
    }
}

/// What `puerta serve` was asked for.
struct ServeOptions {
    addr: SocketAddr,
    no_demo: bool,
    https: puerta_web::pages::HttpsPolicy,
    response_cache_bytes: u64,
    /// The map tile server (`--map-tiles`), checked.
    map: Option<puerta_web::MapTiles>,
}

/// `--https`: how requests reach the server.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum HttpsArg {
    Http,
    Proxy,
    Https,
}

impl From<HttpsArg> for puerta_web::pages::HttpsPolicy {
    fn from(a: HttpsArg) -> Self {
        match a {
            HttpsArg::Http => Self::Never,
            HttpsArg::Proxy => Self::TrustForwardedProto,
            HttpsArg::Https => Self::Always,
        }
    }
}

async fn serve(db: &str, o: ServeOptions) -> anyhow::Result<()> {
    let ServeOptions { addr, no_demo, .. } = o;
    let store = open(db).await?;
    if !no_demo && store.counts().await?.services == 0 {
        tracing::info!("empty directory: loading the shipped demo directory");
        demo::load(&*store).await?;
    }
    let counts = store.counts().await?;
    let closer = store.clone();
    // The search index: built now (it logs its size and build time), then kept current.
    let index = std::sync::Arc::new(
        puerta_search::index::SearchIndex::build(&*store)
            .await
            .context("cannot build the search index")?,
    );
    let refresher = puerta_search::index::spawn_refresher(
        index.clone(),
        store.clone(),
        std::time::Duration::from_secs(1),
    );
    let state = puerta_web::AppState::new(store)
        .context("cannot prepare the web application")?
        .with_search(index)
        .with_https(o.https)
        .with_response_cache(o.response_cache_bytes);
    let state = match o.map {
        Some(tiles) => {
            tracing::info!(
                origin = tiles.origin(),
                "results pages draw maps from this tile server"
            );
            state.with_map_tiles(tiles)
        }
        None => state,
    };
    // Problem reports past their retention period are deleted now, then daily.
    let retention =
        puerta_web::pages::report::spawn_retention(state.store.clone(), state.report_limits);
    let app = puerta_web::app(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr().unwrap_or(addr);
    tracing::info!(
        services = counts.services,
        organizations = counts.organizations,
        "Puerta is serving http://{local}/ (API document at http://{local}/openapi.json)"
    );
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await;
    refresher.abort();
    retention.abort();
    closer.close().await;
    served.context("server error")
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
