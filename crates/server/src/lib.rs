//! dyad's HTTP server: a JSON API over a store opened read-only, and the
//! offline web page (map, time series, event list with the sentence behind
//! each event) embedded in the binary.
//!
//! Every parameter is checked by the store's own filter code (the names
//! `from`, `to`, `actor`, `source`, `target`, `cameo`, `quad_class`, `near`
//! are those of `dyad query`); a bad one gets 400 with a message. Pages are
//! at most 500 events, and a query that runs longer than the time limit is
//! interrupted and answered 503.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dyad_store::{Filter, Interval, Sort, Store, StoreError, MAX_PAGE};
use serde_json::json;

pub mod load;

mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

/// The OpenAPI description served at `/api/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// What can go wrong starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Longest a query may run before it is interrupted.
    pub query_timeout: Duration,
    /// Read-only connections to the store (queries in parallel).
    pub connections: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            query_timeout: Duration::from_secs(10),
            connections: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }
}

/// One read-only connection, and the handle that interrupts its query
/// (kept outside the lock: a request must never wait for another's query
/// on an async worker thread).
struct Connection {
    store: Arc<Mutex<Store>>,
    interrupt: Arc<dyad_store::InterruptHandle>,
}

/// Shared by the handlers: a small pool of read-only connections. A
/// request holds a permit while it uses one, so at most one query runs per
/// connection and no work piles up behind requests that already timed out.
pub struct AppState {
    pool: Vec<Connection>,
    /// Indices of the connections not in use.
    free: Arc<Mutex<Vec<usize>>>,
    permits: Arc<tokio::sync::Semaphore>,
    timeout: Duration,
}

impl AppState {
    /// Opens `db` read-only with `opts.connections` connections.
    pub fn open(db: &Path, opts: &Options) -> Result<AppState, StoreError> {
        let first = Store::open_read_only(db)?;
        let connection = |store: Store| Connection {
            interrupt: store.interrupt_handle(),
            store: Arc::new(Mutex::new(store)),
        };
        let mut pool = Vec::new();
        for _ in 1..opts.connections.max(1) {
            pool.push(connection(first.try_clone()?));
        }
        pool.push(connection(first));
        Ok(AppState {
            free: Arc::new(Mutex::new((0..pool.len()).collect())),
            permits: Arc::new(tokio::sync::Semaphore::new(pool.len())),
            pool,
            timeout: opts.query_timeout,
        })
    }
}

/// An API error: a status and `{"error": message}`.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    NotFound(String),
    Timeout(Duration),
    Internal(String),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Filter(m) => ApiError::BadRequest(m),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<dyad_store::FilterError> for ApiError {
    fn from(e: dyad_store::FilterError) -> ApiError {
        ApiError::BadRequest(e.0)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, msg) = match self {
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, m),
            ApiError::Timeout(d) => (
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the query ran longer than {} s and was stopped; narrow the filter",
                    d.as_secs_f64()
                ),
            ),
            ApiError::Internal(m) => {
                tracing::error!("{m}");
                (StatusCode::INTERNAL_SERVER_ERROR, m)
            }
        };
        (status, Json(json!({ "error": msg }))).into_response()
    }
}

type ApiResult = Result<Json<serde_json::Value>, ApiError>;

/// Runs `f` on a free pooled connection off the async threads, within the
/// time limit (waiting for a connection included); a query past it is
/// interrupted.
async fn with_store<T, F>(state: &AppState, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
{
    let deadline = tokio::time::Instant::now() + state.timeout;
    let permit =
        match tokio::time::timeout_at(deadline, state.permits.clone().acquire_owned()).await {
            Ok(Ok(p)) => p,
            Ok(Err(_)) => return Err(ApiError::Internal("the connection pool is closed".into())),
            Err(_) => return Err(ApiError::Timeout(state.timeout)),
        };
    let poisoned = || ApiError::Internal("a store connection was poisoned".into());
    // A permit guarantees a free connection.
    let i = state
        .free
        .lock()
        .map_err(|_| poisoned())?
        .pop()
        .ok_or_else(|| ApiError::Internal("no free connection under a permit".into()))?;
    let slot = state.pool[i].store.clone();
    let interrupt = state.pool[i].interrupt.clone();
    let free = state.free.clone();
    let job = tokio::task::spawn_blocking(move || {
        let result = slot
            .lock()
            .map_err(|_| poisoned())
            .and_then(|store| f(&store));
        // Back in the pool only when the query has really ended.
        if let Ok(mut free) = free.lock() {
            free.push(i);
        }
        drop(permit);
        result
    });
    match tokio::time::timeout_at(deadline, job).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => Err(ApiError::Internal(format!("a query task failed: {e}"))),
        Err(_) => {
            interrupt.interrupt();
            Err(ApiError::Timeout(state.timeout))
        }
    }
}

type Params = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Filters and the other parameters a route allows; anything else is a 400.
fn parse(params: Params, allowed: &[&str]) -> Result<(Filter, HashMap<String, String>), ApiError> {
    let Query(pairs) = params.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let mut filter = Filter::default();
    let mut rest = HashMap::new();
    for (k, v) in pairs {
        if v.is_empty() {
            continue;
        }
        if dyad_store::filter::FILTER_NAMES.contains(&k.as_str()) {
            filter.set(&k, &v)?;
        } else if allowed.contains(&k.as_str()) {
            rest.insert(k, v);
        } else {
            return Err(ApiError::BadRequest(format!(
                "unknown parameter {k:?}; this route takes {}{}{}",
                dyad_store::filter::FILTER_NAMES.join(", "),
                if allowed.is_empty() { "" } else { ", " },
                allowed.join(", ")
            )));
        }
    }
    Ok((filter, rest))
}

fn number(
    rest: &HashMap<String, String>,
    key: &str,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match rest.get(key) {
        None => Ok(default),
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| *n <= max)
            .ok_or_else(|| {
                ApiError::BadRequest(format!("{key}={v:?}: a whole number from 0 to {max}"))
            }),
    }
}

async fn events(State(s): State<Arc<AppState>>, params: Params) -> ApiResult {
    let (filter, rest) = parse(params, &["limit", "offset", "sort"])?;
    let limit = number(&rest, "limit", 50, MAX_PAGE)?;
    let offset = number(&rest, "offset", 0, 10_000_000)?;
    let sort: Sort = rest.get("sort").map_or(Ok(Sort::Day), |v| v.parse())?;
    let page = with_store(&s, move |st| {
        Ok(st.events_page(&filter, sort, limit, offset)?)
    })
    .await?;
    Ok(Json(
        serde_json::to_value(page).map_err(|e| ApiError::Internal(e.to_string()))?,
    ))
}

async fn event(State(s): State<Arc<AppState>>, UrlPath(id): UrlPath<String>) -> ApiResult {
    let n: i64 = id.parse().map_err(|_| {
        ApiError::BadRequest(format!(
            "event id {id:?}: a GLOBALEVENTID is a whole number"
        ))
    })?;
    let detail = with_store(&s, move |st| Ok(st.event_detail(n)?)).await?;
    match detail {
        Some(d) => Ok(Json(
            serde_json::to_value(d).map_err(|e| ApiError::Internal(e.to_string()))?,
        )),
        None => Err(ApiError::NotFound(format!("no event {id}"))),
    }
}

async fn series(State(s): State<Arc<AppState>>, params: Params) -> ApiResult {
    let (filter, rest) = parse(params, &["interval"])?;
    let interval: Interval = rest
        .get("interval")
        .map_or(Ok(Interval::Day), |v| v.parse())?;
    let points = with_store(&s, move |st| Ok(st.series(&filter, interval)?)).await?;
    Ok(Json(json!({ "interval": interval, "points": points })))
}

async fn map(State(s): State<Arc<AppState>>, params: Params) -> ApiResult {
    let (filter, _) = parse(params, &[])?;
    let data = with_store(&s, move |st| Ok(st.map(&filter)?)).await?;
    Ok(Json(
        serde_json::to_value(data).map_err(|e| ApiError::Internal(e.to_string()))?,
    ))
}

async fn article(State(s): State<Arc<AppState>>, UrlPath(id): UrlPath<String>) -> ApiResult {
    let key = id.clone();
    match with_store(&s, move |st| Ok(st.article(&key)?)).await? {
        Some(a) => Ok(Json(a)),
        None => Err(ApiError::NotFound(format!("no article {id:?}"))),
    }
}

async fn codebook() -> ApiResult {
    let cb = dyad_dict::Codebook::bundled();
    let roots: Vec<_> = cb
        .events
        .iter()
        .filter(|e| e.code.len() == 2)
        .map(|e| json!({"code": e.code, "name": e.name}))
        .collect();
    let codes: Vec<_> = cb
        .events
        .iter()
        .map(|e| json!({"code": e.code, "name": e.name, "goldstein": e.goldstein, "root": e.root, "quad_class": e.quad_class}))
        .collect();
    Ok(Json(json!({
        "roots": roots,
        "quad_classes": [
            {"code": 1, "name": "Verbal cooperation"},
            {"code": 2, "name": "Material cooperation"},
            {"code": 3, "name": "Verbal conflict"},
            {"code": 4, "name": "Material conflict"},
        ],
        "codes": codes,
    })))
}

async fn health(State(s): State<Arc<AppState>>) -> ApiResult {
    let (articles, mentions, events) = with_store(&s, |st| Ok(st.counts()?)).await?;
    Ok(Json(json!({
        "ok": true,
        "schema_version": dyad_store::schema::SCHEMA_VERSION,
        "articles": articles,
        "mentions": mentions,
        "events": events,
    })))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn static_file(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match assets::ASSETS.iter().find(|(p, _, _)| *p == path) {
        Some((p, bytes, mime)) => {
            // Hashed file names never change content: cache them for long.
            let cache = if p.starts_with("assets/") {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            (
                [
                    (header::CONTENT_TYPE, *mime),
                    (header::CACHE_CONTROL, cache),
                ],
                *bytes,
            )
                .into_response()
        }
        None if path.starts_with("api/") => {
            ApiError::NotFound(format!("no such API route /{path}; see /api/openapi.json"))
                .into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// The routes.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/series", get(series))
        .route("/api/map", get(map))
        .route("/api/articles/{id}", get(article))
        .route("/api/codebook", get(codebook))
        .route("/api/health", get(health))
        .route("/api/openapi.json", get(openapi))
        .fallback(static_file)
        .with_state(state)
}

/// Serves `db` on `addr` until Ctrl-C. `ready` is called with the bound
/// address (port 0 picks a free port).
pub fn serve(
    db: &Path,
    addr: SocketAddr,
    opts: Options,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let state = Arc::new(AppState::open(db, &opts)?);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        ready(listener.local_addr()?);
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
