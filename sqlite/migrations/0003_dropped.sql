-- What cleaning dropped from each article version (bylines, boilerplate,
-- off-topic lines), as a JSON array, so that the article page can show it.
CREATE TABLE article_dropped (
	id   TEXT NOT NULL,
	hash TEXT NOT NULL,
	data TEXT NOT NULL,
	PRIMARY KEY (id, hash)
) WITHOUT ROWID;
