-- The store: articles and their versions, stories, their events and
-- briefings, per-article analyses and the clusterer's state.

-- articles holds one row per article id: its latest version and the story
-- holding it.
CREATE TABLE articles (
	id         TEXT PRIMARY KEY,
	latest     INTEGER NOT NULL,
	story      TEXT,
	outlet_key TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_outlet ON articles(outlet_key, story);

-- article_versions holds every version of every article, in the order
-- stored; grouped is set once a saved grouping placed the version.
CREATE TABLE article_versions (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
	version   INTEGER NOT NULL,
	hash      TEXT NOT NULL,
	file      TEXT NOT NULL,
	record    TEXT NOT NULL,
	part      INTEGER NOT NULL,
	title     TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	authors   TEXT NOT NULL,
	published TEXT NOT NULL,
	dateline  TEXT NOT NULL,
	url       TEXT NOT NULL,
	language  TEXT NOT NULL,
	text      TEXT NOT NULL,
	added     INTEGER NOT NULL,
	grouped   INTEGER NOT NULL DEFAULT 0,
	UNIQUE (id, version)
);
CREATE INDEX article_versions_ungrouped ON article_versions(grouped) WHERE grouped = 0;

-- stories holds the live stories; last_us orders and filters them by their
-- latest article; changed is when a stale story changed, NULL once briefed.
CREATE TABLE stories (
	id            TEXT PRIMARY KEY,
	title         TEXT NOT NULL,
	first         TEXT NOT NULL,
	last          TEXT NOT NULL,
	last_us       INTEGER NOT NULL,
	revision      INTEGER NOT NULL DEFAULT 0,
	briefed       INTEGER NOT NULL DEFAULT 0,
	outlets       TEXT NOT NULL DEFAULT '[]',
	n_outlets     INTEGER NOT NULL DEFAULT 0,
	disagreements INTEGER NOT NULL DEFAULT 0,
	updated       INTEGER,
	changed       INTEGER
) WITHOUT ROWID;
CREATE INDEX stories_newest ON stories(last_us DESC, id);
CREATE INDEX stories_covered ON stories(n_outlets DESC, last_us DESC, id);
CREATE INDEX stories_disputed ON stories(disagreements DESC, last_us DESC, id);
CREATE INDEX stories_stale ON stories(changed, id) WHERE changed IS NOT NULL;

-- story_articles lists a story's articles in publication order.
CREATE TABLE story_articles (
	story   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	article TEXT NOT NULL,
	PRIMARY KEY (story, pos)
) WITHOUT ROWID;

-- story_gone records stories merged into others.
CREATE TABLE story_gone (
	id   TEXT PRIMARY KEY,
	merged_into TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE story_events (
	seq     INTEGER PRIMARY KEY,
	story   TEXT NOT NULL,
	kind    TEXT NOT NULL,
	article TEXT NOT NULL,
	other   TEXT NOT NULL,
	at      INTEGER NOT NULL
);
CREATE INDEX story_events_story ON story_events(story, seq);

-- briefings holds the latest briefing of each story as JSON.
CREATE TABLE briefings (
	story TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	rev   INTEGER NOT NULL,
	data  BLOB NOT NULL
) WITHOUT ROWID;

-- story_entities lists the entities a story's briefing names, by their
-- case-folded name.
CREATE TABLE story_entities (
	name_key TEXT NOT NULL,
	story    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	PRIMARY KEY (name_key, story)
) WITHOUT ROWID;
CREATE INDEX story_entities_story ON story_entities(story);

-- passages are the quotes and facts of the briefings, for search.
CREATE TABLE passages (
	id    INTEGER PRIMARY KEY,
	story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	kind  TEXT NOT NULL,
	title TEXT NOT NULL,
	text  TEXT NOT NULL
);
CREATE INDEX passages_story ON passages(story);

-- analyses holds per-article analysis data by content hash.
CREATE TABLE analyses (
	hash TEXT PRIMARY KEY,
	data BLOB NOT NULL
) WITHOUT ROWID;

-- clusterer holds the one clusterer state and the grouping epoch.
CREATE TABLE clusterer (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	state BLOB,
	epoch INTEGER NOT NULL
);
INSERT INTO clusterer (id, state, epoch) VALUES (1, NULL, 0);
