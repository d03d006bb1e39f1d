-- What cleaning dropped from each article version (bylines, boilerplate,
-- off-topic lines), so that the article page can show it.
CREATE TABLE article_dropped (
	id   text NOT NULL,
	hash text NOT NULL,
	data jsonb NOT NULL,
	PRIMARY KEY (id, hash)
);
