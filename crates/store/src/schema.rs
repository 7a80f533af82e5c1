//! The store's tables and their history. A new file is made by running
//! every migration in order, so an old file and a new one end up with the
//! same layout; `meta.schema_version` says how far a file has come.

/// The layout this build reads and writes.
pub const SCHEMA_VERSION: i64 = 4;

/// Written into `meta.application`; a DuckDB file without it is not ours.
pub const APPLICATION: &str = "dyad";

/// `MIGRATIONS[i]` takes a file from version `i` to `i + 1`.
pub const MIGRATIONS: [&str; SCHEMA_VERSION as usize] = [V1, V1_TO_V2, V2_TO_V3, V3_TO_V4];

/// Version 1: articles, mentions (one row per coded event record) and the
/// aggregated events.
const V1: &str = r#"
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    cluster VARCHAR NOT NULL,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published VARCHAR,
    dateline_place VARCHAR,
    dateline_date VARCHAR,
    language VARCHAR NOT NULL,
    input VARCHAR NOT NULL,
    text_chars INTEGER NOT NULL,
    added TIMESTAMP NOT NULL,
    model_version VARCHAR,
    dictionary_version VARCHAR,
    record VARCHAR NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE TABLE mentions (
    seq BIGINT NOT NULL,
    id VARCHAR NOT NULL,
    event_id BIGINT NOT NULL,
    doc_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    day DATE,
    date_how VARCHAR NOT NULL,
    source_code VARCHAR NOT NULL,
    source_country VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein FLOAT NOT NULL,
    place_name VARCHAR,
    place_country VARCHAR,
    place_iso3 VARCHAR,
    place_adm1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    feature_id BIGINT,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    target_start INTEGER,
    target_end INTEGER,
    verb_start INTEGER NOT NULL,
    verb_end INTEGER NOT NULL,
    source_char INTEGER,
    target_char INTEGER,
    verb_char INTEGER,
    doc_chars INTEGER,
    confidence FLOAT NOT NULL,
    is_root BOOLEAN NOT NULL,
    pattern VARCHAR NOT NULL,
    outlet VARCHAR,
    url VARCHAR,
    cluster VARCHAR,
    added TIMESTAMP NOT NULL,
    model_version VARCHAR NOT NULL,
    dictionary_version VARCHAR NOT NULL,
    record VARCHAR NOT NULL
);
CREATE TABLE events (
    id BIGINT NOT NULL,
    day DATE,
    source_code VARCHAR NOT NULL,
    source_country VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein FLOAT NOT NULL,
    place_name VARCHAR,
    place_country VARCHAR,
    place_iso3 VARCHAR,
    place_adm1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    feature_id BIGINT,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    first_mention VARCHAR NOT NULL,
    is_root BOOLEAN NOT NULL,
    confidence FLOAT NOT NULL
);
"#;

/// Version 2: sentence boundaries (so that a reader can show the sentence
/// behind a mention), the inputs that could not be read, and `num_clusters`, the independent reports of an
/// event (near-duplicate copies of one wire story count once).
const V1_TO_V2: &str = r#"
CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte INTEGER NOT NULL
);
CREATE TABLE rejects (
    input VARCHAR NOT NULL,
    line BIGINT,
    record BIGINT,
    byte BIGINT,
    reason VARCHAR NOT NULL,
    added TIMESTAMP NOT NULL
);
ALTER TABLE events ADD COLUMN num_clusters INTEGER;
UPDATE events SET num_clusters = (
    SELECT count(DISTINCT coalesce(m.cluster, m.doc_id)) FROM mentions m WHERE m.event_id = events.id
);
"#;

/// Version 3: a mention's record is its columns plus `rest`, a compact
/// JSON array of what the columns do not hold (`crate::record`); `record`
/// keeps the whole JSON of older rows only.
const V2_TO_V3: &str = r#"
ALTER TABLE mentions ADD COLUMN rest VARCHAR;
ALTER TABLE mentions ALTER COLUMN record DROP NOT NULL;
"#;

/// Version 4: `pending_events`, the event ids whose mentions a bulk import
/// has stored and whose `events` rows wait to be recomputed. The import
/// writes them in the same transaction as the mentions and clears them in
/// the one that recomputes the events, so a killed import leaves them
/// listed and the next open for writing finishes the job.
const V3_TO_V4: &str = r#"
CREATE TABLE pending_events (event_id BIGINT NOT NULL);
"#;

/// Recomputes the `events` rows of the event ids in the temporary table
/// `touched`, from all their mentions: one row per event id, its fields
/// from the first mention stored (the earliest report), its counts over all.
pub const REAGGREGATE: &str = r#"
DELETE FROM events WHERE id IN (SELECT event_id FROM touched);
INSERT INTO events (id, day, source_code, source_country, target_code, target_country, cameo, root,
    quad_class, goldstein, place_name, place_country, place_iso3, place_adm1, lat, lon, feature_id,
    num_mentions, num_sources, num_articles, first_seen, first_mention, is_root, confidence, num_clusters)
SELECT m.event_id, m.day, m.source_code, m.source_country, m.target_code, m.target_country, m.cameo,
    m.root, m.quad_class, m.goldstein, m.place_name, m.place_country, m.place_iso3, m.place_adm1,
    m.lat, m.lon, m.feature_id, g.n_mentions, g.n_sources, g.n_articles, g.first_seen, m.id,
    g.is_root, g.confidence, g.n_clusters
FROM (
    SELECT event_id,
        count(*) AS n_mentions,
        count(DISTINCT coalesce(outlet, url, doc_id)) AS n_sources,
        count(DISTINCT doc_id) AS n_articles,
        count(DISTINCT coalesce(cluster, doc_id)) AS n_clusters,
        min(added) AS first_seen,
        min(seq) AS first_seq,
        bool_or(is_root) AS is_root,
        max(confidence) AS confidence
    FROM mentions
    WHERE event_id IN (SELECT event_id FROM touched)
    GROUP BY event_id
) g
JOIN mentions m ON m.seq = g.first_seq;
"#;
