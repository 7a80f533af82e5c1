//! `dyad`: the command-line front of the dyad libraries. Each subcommand
//! parses its arguments, calls one library entry point and prints; no
//! processing logic lives here.

mod text_cmds;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Political event data from raw news: who did what to whom, when and where",
    long_about = "dyad turns raw English news into annotated text and (as the pipeline grows) CAMEO-coded events.\n\n\
                  Start with:\n  dyad parse story.txt            tokenize, tag and parse a text into CoNLL-U\n  \
                  dyad eval parse gold.conllu     score the parser against a treebank\n  \
                  dyad bench parse gold.conllu    measure tagging + parsing speed"
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
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Words per second of tagging + parsing on one thread (model loading excluded), and peak memory.
    Parse(text_cmds::BenchParseArgs),
}

fn main() {
    let cli = Cli::parse();
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
    };
    if let Err(e) = result {
        // One line naming the input and the problem.
        eprintln!("dyad: {e:#}");
        std::process::exit(1);
    }
}
