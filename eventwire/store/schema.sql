-- eventwire DuckDB schema. One article row per (id); one mention per event report in a sentence;
-- one event per real-world happening (many mentions, possibly from many articles).
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    sha1 VARCHAR NOT NULL,           -- of the text as read; same id + same sha1 = already stored
    path VARCHAR,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,                  -- outlet
    published DATE,
    published_how VARCHAR,           -- cli | field | metadata | date-line | dateline | text:caption | text:weekday | none
    published_text VARCHAR,
    text VARCHAR NOT NULL,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS mentions (
    id VARCHAR PRIMARY KEY,
    doc VARCHAR NOT NULL,            -- articles.id
    event_id VARCHAR,                -- events.id
    type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_actor_id VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_actor_id VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    modality VARCHAR NOT NULL,
    location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
    lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    quantity_value DOUBLE, quantity_unit VARCHAR, quantity_text VARCHAR,
    sentence VARCHAR NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    attributed_to VARCHAR,
    published VARCHAR,
    confidence DOUBLE
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR,
    source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_actor_id VARCHAR,
    target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_actor_id VARCHAR,
    date VARCHAR, date_precision VARCHAR,
    modality VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    quantity_value DOUBLE, quantity_unit VARCHAR,
    sources INTEGER NOT NULL,        -- distinct articles
    n_mentions INTEGER NOT NULL,
    first_reported VARCHAR, last_reported VARCHAR,
    story_id VARCHAR,
    confidence DOUBLE
);

CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY,          -- canonical actor id (e.g. "RUS", "person:alexei-navalny")
    name VARCHAR NOT NULL,
    country VARCHAR, sector VARCHAR,
    aliases VARCHAR[],               -- every surface form seen
    roles VARCHAR                    -- JSON list of {"code","since","until"} from dictionaries
);

CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR, first_date VARCHAR, last_date VARCHAR,
    actors VARCHAR[], n_events INTEGER, n_articles INTEGER
);
