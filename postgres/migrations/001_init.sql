-- The first schema of a crosscheck store on PostgreSQL.

-- articles holds the latest version of each article; article_versions
-- every version in the order stored.
CREATE TABLE articles (
	id      text PRIMARY KEY,
	version integer NOT NULL,
	hash    text NOT NULL,
	story   text NOT NULL DEFAULT '',
	outlet  text NOT NULL,
	data    jsonb NOT NULL,
	added   timestamptz NOT NULL,
	tsv     tsvector GENERATED ALWAYS AS (
		to_tsvector('english', left(coalesce(data->>'title', '') || E'\n' || coalesce(data->>'text', ''), 200000))
	) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE INDEX articles_outlet ON articles (lower(outlet));

-- grouped is set once a saved grouping has placed the version (or the
-- same content under the same id); the partial index keeps finding the
-- ungrouped ones cheap however many are grouped.
CREATE TABLE article_versions (
	seq     bigserial PRIMARY KEY,
	id      text NOT NULL,
	version integer NOT NULL,
	hash    text NOT NULL,
	data    jsonb NOT NULL,
	added   timestamptz NOT NULL,
	grouped boolean NOT NULL DEFAULT false,
	UNIQUE (id, version)
);
CREATE INDEX article_versions_ungrouped ON article_versions (seq) WHERE NOT grouped;

CREATE TABLE stories (
	id            text PRIMARY KEY,
	data          jsonb NOT NULL,
	last_at       timestamptz NOT NULL,
	revision      bigint NOT NULL DEFAULT 0,
	briefed       bigint NOT NULL DEFAULT 0,
	outlets       text[] NOT NULL DEFAULT '{}',
	disagreements integer NOT NULL DEFAULT 0,
	updated       timestamptz,
	-- changed is when the story became stale; NULL when its briefing is
	-- current.
	changed       timestamptz
);
CREATE INDEX stories_last ON stories (last_at DESC, id);
CREATE INDEX stories_changed ON stories (changed, id) WHERE changed IS NOT NULL;

-- gone maps a story merged away to the live story holding it now; no row
-- points at a story that is itself gone.
CREATE TABLE gone (
	id   text PRIMARY KEY,
	target text NOT NULL
);
CREATE INDEX gone_target ON gone (target);

CREATE TABLE events (
	seq     bigserial PRIMARY KEY,
	story   text NOT NULL,
	kind    text NOT NULL,
	article text NOT NULL,
	other   text NOT NULL,
	at      timestamptz NOT NULL
);
CREATE INDEX events_story ON events (story, seq);

CREATE TABLE briefings (
	story text PRIMARY KEY,
	data  jsonb NOT NULL
);

-- passages are a briefing's quotes and facts, kept apart for search.
CREATE TABLE passages (
	story text NOT NULL,
	ord   integer NOT NULL,
	kind  text NOT NULL,
	title text NOT NULL,
	body  text NOT NULL,
	tsv   tsvector GENERATED ALWAYS AS (to_tsvector('english', left(body, 200000))) STORED,
	PRIMARY KEY (story, ord)
);
CREATE INDEX passages_tsv ON passages USING gin (tsv);

CREATE TABLE analyses (
	hash text PRIMARY KEY,
	data bytea NOT NULL
);

-- clusterer is one row: the clusterer's state and the grouping epoch.
CREATE TABLE clusterer (
	one   boolean PRIMARY KEY DEFAULT true CHECK (one),
	state bytea,
	epoch bigint NOT NULL DEFAULT 0
);
INSERT INTO clusterer DEFAULT VALUES;

CREATE TABLE leases (
	name    text PRIMARY KEY,
	holder  text NOT NULL,
	epoch   bigint NOT NULL,
	expires timestamptz NOT NULL
);
