//! A bounded load test on loopback (`dyad bench serve`): the server runs
//! in this process on a free port, `clients` tasks send a mix of API and
//! page requests for a fixed time, each on a fresh connection, and the
//! report gives throughput, latency percentiles, errors and the process's
//! peak memory. Timeouts (503) and refused parameters (400) are answers,
//! not errors: an error is a 5xx other than 503 or a broken connection.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::{router, AppState, Options, ServerError};

/// What a load test measured.
#[derive(Debug, Clone, Serialize)]
pub struct LoadReport {
    pub clients: usize,
    pub seconds: f64,
    pub requests: u64,
    pub requests_per_sec: f64,
    /// 2xx answers.
    pub ok: u64,
    /// 4xx answers (the mix sends some bad parameters on purpose).
    pub refused: u64,
    /// 503: a query cut by the server's time bound.
    pub timed_out: u64,
    /// Other 5xx answers and broken connections.
    pub errors: u64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Peak resident memory of the process (server and clients), MB.
    pub peak_rss_mb: Option<f64>,
    /// Per request kind: (path template, requests, p99 ms).
    pub routes: Vec<(String, u64, f64)>,
}

/// The request mix: (name, path). `{id}` is replaced by a stored event id.
const MIX: [(&str, &str); 10] = [
    ("health", "/api/health"),
    ("events", "/api/events?limit=50"),
    (
        "events-filtered",
        "/api/events?quad_class=4&sort=-mentions&limit=100",
    ),
    ("events-deep-page", "/api/events?limit=500&offset=5000"),
    ("event", "/api/events/{id}"),
    ("series-month", "/api/series?interval=month"),
    ("series-day", "/api/series?interval=day&cameo=04"),
    ("map", "/api/map"),
    ("page", "/"),
    ("bad-parameter", "/api/events?from=2025-02-30"),
];

/// Peak resident memory of this process in MB (VmHWM), where the OS tells.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// One GET on a fresh connection: the status (0 for a broken connection)
/// and the body.
async fn get(addr: SocketAddr, path: &str) -> (u16, Vec<u8>) {
    let Ok(mut s) = tokio::net::TcpStream::connect(addr).await else {
        return (0, Vec::new());
    };
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).await.is_err() {
        return (0, Vec::new());
    }
    let mut raw = Vec::new();
    if s.read_to_end(&mut raw).await.is_err() {
        return (0, Vec::new());
    }
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return (0, Vec::new());
    };
    let head = String::from_utf8_lossy(&raw[..split]);
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, raw[split + 4..].to_vec())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Serves `db` and runs `clients` clients against it for `duration`.
pub fn run(
    db: &Path,
    opts: Options,
    clients: usize,
    duration: Duration,
) -> Result<LoadReport, ServerError> {
    let state = Arc::new(AppState::open(db, &opts)?);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let addr: SocketAddr = "127.0.0.1:0".parse().expect("a loopback address");
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router(state))
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        // Event ids to ask for, from the store itself.
        let (_, body) = get(addr, "/api/events?limit=100").await;
        let ids: Vec<String> = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| {
                v["events"].as_array().map(|a| {
                    a.iter()
                        .filter_map(|e| match &e["id"] {
                            serde_json::Value::String(s) => Some(s.clone()),
                            serde_json::Value::Number(n) => Some(n.to_string()),
                            _ => None,
                        })
                        .collect()
                })
            })
            .unwrap_or_default();
        let ids = Arc::new(ids);
        let start = Instant::now();
        let deadline = start + duration;
        let mut tasks = Vec::new();
        for c in 0..clients.max(1) {
            let ids = ids.clone();
            tasks.push(tokio::spawn(async move {
                let mut seen: Vec<(usize, u16, f64)> = Vec::new();
                let mut k = c;
                while Instant::now() < deadline {
                    let which = k % MIX.len();
                    k += 7;
                    let path = match (MIX[which].1.contains("{id}"), ids.is_empty()) {
                        (true, true) => continue,
                        (true, false) => MIX[which].1.replace("{id}", &ids[k % ids.len()]),
                        _ => MIX[which].1.to_string(),
                    };
                    let t = Instant::now();
                    let (status, _) = get(addr, &path).await;
                    seen.push((which, status, t.elapsed().as_secs_f64() * 1000.0));
                }
                seen
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap_or_default());
        }
        let seconds = start.elapsed().as_secs_f64();
        let _ = stop.send(());
        let _ = server.await;
        let mut lat: Vec<f64> = all.iter().map(|r| r.2).collect();
        lat.sort_by(f64::total_cmp);
        let count = |f: &dyn Fn(u16) -> bool| all.iter().filter(|r| f(r.1)).count() as u64;
        let routes = MIX
            .iter()
            .enumerate()
            .map(|(i, (name, _))| {
                let mut l: Vec<f64> = all.iter().filter(|r| r.0 == i).map(|r| r.2).collect();
                l.sort_by(f64::total_cmp);
                let p99 = (percentile(&l, 0.99) * 10.0).round() / 10.0;
                (name.to_string(), l.len() as u64, p99)
            })
            .collect();
        let round = |x: f64| (x * 10.0).round() / 10.0;
        Ok(LoadReport {
            clients: clients.max(1),
            seconds: round(seconds),
            requests: all.len() as u64,
            requests_per_sec: round(all.len() as f64 / seconds),
            ok: count(&|s| (200..300).contains(&s)),
            refused: count(&|s| (400..500).contains(&s)),
            timed_out: count(&|s| s == 503),
            errors: count(&|s| s == 0 || (s >= 500 && s != 503)),
            p50_ms: round(percentile(&lat, 0.5)),
            p95_ms: round(percentile(&lat, 0.95)),
            p99_ms: round(percentile(&lat, 0.99)),
            max_ms: round(lat.last().copied().unwrap_or(0.0)),
            peak_rss_mb: peak_rss_mb().map(round),
            routes,
        })
    })
}
