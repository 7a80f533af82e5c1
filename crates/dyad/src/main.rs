//! `dyad`: the command-line front of the dyad libraries. Each subcommand
//! parses its arguments, calls one library entry point and prints; no
//! processing logic lives here.

mod code_cmds;
mod dict_cmds;
mod eval_code_cmds;
mod geo_cmds;
mod ingest_cmds;
mod petrarch_cmds;
#[cfg(feature = "store")]
mod store_cmds;
mod text_cmds;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Political event data from raw news: who did what to whom, when and where",
    long_about = "dyad turns raw English news into clean articles, annotated text and (as the pipeline grows) CAMEO-coded events.\n\n\
                  Start with:\n  dyad code story.txt                      CAMEO events, one JSON object per line\n  \
                  dyad ingest pages/ -o articles.jsonl     clean, date and de-duplicate scraped news\n  \
                  dyad parse story.txt                     tokenize, tag and parse a text into CoNLL-U\n  \
                  dyad dict lookup \"Sergey Lavrov\" --date 2017-11-20   actor codes valid on a date\n  \
                  dyad eval parse gold.conllu              score the parser against a treebank\n  \
                  dyad bench parse gold.conllu             measure tagging + parsing speed"
)]
struct Cli {
    /// Log more (-v: info, -vv: debug); also RUST_LOG=...
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tokenize, split, tag, lemmatize and parse raw text; write CoNLL-U.
    ///
    /// Each word's byte offsets in the input are in MISC as TokenRange=START:END.
    /// Example: echo "Lavrov met Mammadyarov in Baku." | dyad parse -
    Parse(text_cmds::ParseArgs),
    /// Train models from annotated data.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Score dyad against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Measure speed and memory.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Dictionaries: look up codes by date, validate, import PETRARCH/TABARI.
    #[command(subcommand)]
    Dict(dict_cmds::DictCommand),
    /// Read scraped pages, archives and feeds; write clean, dated, clustered articles (JSON lines).
    ///
    /// Example: dyad ingest pages/ crawl.warc.gz feed.jsonl -o articles.jsonl --rejects rejects.jsonl
    Ingest(ingest_cmds::IngestArgs),
    /// Code CAMEO events: ingest, parse and code; event records as JSON lines.
    ///
    /// Example: dyad code story.txt --explain    or    dyad ingest pages/ | dyad code - --input-format jsonl
    Code(code_cmds::CodeArgs),
    /// Places found and resolved in a text: GDELT geo type, full name, FIPS country, ADM1, coordinates.
    ///
    /// Example: dyad geo "BAKU, Nov. 20 (Xinhua) -- Talks were held near the border with Armenia." --json
    Geo(geo_cmds::GeoArgs),
    /// Query the store: list events, or count them by day/week/month and actor/dyad/country.
    ///
    /// Examples: dyad query --actor RUS --cameo 04 --from 2017-11-01 --to 2017-11-30
    ///           dyad query --group-by month,dyad --source AZE --format csv
    ///           dyad query --sql "SELECT cameo, count(*) FROM events GROUP BY ALL"
    #[cfg(feature = "store")]
    Query(store_cmds::QueryArgs),
    /// Export stored events: GDELT 2.0 Events or Mentions rows, dyad's JSON lines, or Parquet by day.
    ///
    /// Example: dyad export --format gdelt-events --from 2017-11-01 -o 20171101.export.CSV
    #[cfg(feature = "store")]
    Export(store_cmds::ExportArgs),
    /// Load event records (JSON lines from `dyad code` or `dyad export --format jsonl`) into the store.
    ///
    /// Example: dyad code pages/ -o events.jsonl && dyad import --db events.duckdb events.jsonl
    #[cfg(feature = "store")]
    Import(store_cmds::ImportArgs),
    /// Re-code the stored articles after the model or the dictionaries changed, replacing their events.
    ///
    /// Articles already coded by this model and these dictionaries are left alone (unless --all).
    #[cfg(feature = "store")]
    Recode(store_cmds::RecodeArgs),
    /// Serve the store: a JSON API (/api/events, /api/series, /api/map, ...; /api/openapi.json) and the web page (map, time series, events with their sentences).
    ///
    /// Example: dyad serve --db news.duckdb --addr 127.0.0.1:8080   then open http://127.0.0.1:8080/
    #[cfg(feature = "server")]
    Serve(store_cmds::ServeArgs),
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the tagger, lemmatizer and dependency parser on CoNLL-U treebanks.
    ///
    /// Example: dyad train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu -o models/en_ewt.dyadmodel
    Parser(text_cmds::TrainParserArgs),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// CoNLL 2018 shared-task metrics (UPOS, XPOS, UAS, LAS; with --raw also tokens and sentences).
    Parse(text_cmds::EvalParseArgs),
    /// Main-content extraction F1, precision and recall on a directory with html/ and ground-truth.json.
    Extract(ingest_cmds::EvalExtractArgs),
    /// Place mention precision and recall and accuracy within 161 km (acc161) on a gold JSON-lines file.
    Geo(geo_cmds::EvalGeoArgs),
    /// The event coder against a gold file of sentences: PLOVER-level precision, recall and F1, recall per construction, forbidden events produced (docs/gold.md).
    ///
    /// --verbose (-v) prints every miss, false positive and forbidden event with its sentence.
    /// Example: dyad eval code crates/coder/tests/gold/events.jsonl --verbose
    Code(eval_code_cmds::EvalCodeArgs),
    /// PETRARCH validation records (`<Sentence>`, `<EventCoding>`, `<Config>`) coded with TABARI / PETRARCH-1 verb patterns over dyad's parse: share coded exactly, per category.
    ///
    /// Example: dyad eval petrarch ../shared/conformance/petrarch-unit/PETR.UnitTest.records.xml --dictionaries petrarch:../shared/conformance/petrarch-unit
    Petrarch(petrarch_cmds::EvalPetrarchArgs),
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Words per second of tagging + parsing on one thread (model loading excluded), and peak memory.
    Parse(text_cmds::BenchParseArgs),
    /// Ingest speed (pages/s, MB/s) on one thread over a benchmark directory.
    Ingest(ingest_cmds::BenchIngestArgs),
    /// End to end speed (pages/s, sentences/s, words/s) of ingest, parsing and coding on one thread.
    Code(code_cmds::BenchCodeArgs),
    /// Store speed: load a synthetic GDELT-sized day (300,000 events, 1,000,000 mentions), a dyad-by-month aggregate over 10 million events, a one-dyad one-year query.
    #[cfg(feature = "store")]
    Store(store_cmds::BenchStoreArgs),
    /// A bounded load test of `dyad serve` on loopback: many clients for a fixed time; requests/s, latency percentiles, errors and peak memory.
    #[cfg(feature = "server")]
    Serve(store_cmds::BenchServeArgs),
    /// The web page in Chromium against this build's server: milliseconds from a filter change until map, chart and list have re-rendered (needs node, `npm ci` in web/ and Chromium; run from the repository root).
    #[cfg(feature = "server")]
    Page(store_cmds::BenchPageArgs),
}

/// A command whose output is piped into `head` stops quietly when the pipe
/// closes, as Unix tools do, instead of failing on its next write. Not
/// the server: a client that hangs up must cost it one response, not the
/// process.
fn quit_on_closed_pipe(command: &Command) {
    #[cfg(feature = "server")]
    if matches!(
        command,
        Command::Serve(_) | Command::Bench(BenchCommand::Serve(_) | BenchCommand::Page(_))
    ) {
        return;
    }
    let _ = command;
    #[cfg(unix)]
    // SAFETY: restores the default action of one signal before any thread
    // starts; no handler runs Rust code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() {
    let cli = Cli::parse();
    quit_on_closed_pipe(&cli.command);
    let level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level)),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Parse(a) => text_cmds::parse(a),
        Command::Train(TrainCommand::Parser(a)) => text_cmds::train_parser(a),
        Command::Eval(EvalCommand::Parse(a)) => text_cmds::eval_parse(a),
        Command::Bench(BenchCommand::Parse(a)) => text_cmds::bench_parse(a),
        Command::Dict(c) => dict_cmds::run(c),
        Command::Ingest(a) => ingest_cmds::ingest(a),
        Command::Code(a) => code_cmds::code(a),
        Command::Eval(EvalCommand::Extract(a)) => ingest_cmds::eval_extract(a),
        Command::Eval(EvalCommand::Geo(a)) => geo_cmds::eval_geo(a),
        Command::Eval(EvalCommand::Code(a)) => eval_code_cmds::eval_code(a, cli.verbose > 0),
        Command::Eval(EvalCommand::Petrarch(a)) => petrarch_cmds::eval_petrarch(a),
        Command::Geo(a) => geo_cmds::geo(a),
        Command::Bench(BenchCommand::Ingest(a)) => ingest_cmds::bench_ingest(a),
        Command::Bench(BenchCommand::Code(a)) => code_cmds::bench_code(a),
        #[cfg(feature = "store")]
        Command::Query(a) => store_cmds::query(a),
        #[cfg(feature = "store")]
        Command::Export(a) => store_cmds::export(a),
        #[cfg(feature = "store")]
        Command::Import(a) => store_cmds::import(a),
        #[cfg(feature = "store")]
        Command::Recode(a) => store_cmds::recode(a),
        #[cfg(feature = "server")]
        Command::Serve(a) => store_cmds::serve(a),
        #[cfg(feature = "store")]
        Command::Bench(BenchCommand::Store(a)) => store_cmds::bench_store(a),
        #[cfg(feature = "server")]
        Command::Bench(BenchCommand::Serve(a)) => store_cmds::bench_serve(a),
        #[cfg(feature = "server")]
        Command::Bench(BenchCommand::Page(a)) => store_cmds::bench_page(a),
    };
    if let Err(e) = result {
        // One line naming the input and the problem.
        eprintln!("dyad: {e:#}");
        std::process::exit(1);
    }
}
