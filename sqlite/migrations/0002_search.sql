-- Full-text search over the latest version of each article (title and
-- text) and over the briefings' quotes and facts. Both indexes read their
-- text from the tables above (external content), so the text is stored
-- once; triggers keep them in step, and the indexes are built here from
-- whatever a store of schema 1 already holds.

CREATE VIRTUAL TABLE article_fts USING fts5(
	title, text,
	content = 'article_versions', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_fts (rowid, title, text)
	SELECT v.seq, v.title, v.text FROM articles a JOIN article_versions v ON v.id = a.id AND v.version = a.latest;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO article_fts (rowid, title, text)
		SELECT seq, title, text FROM article_versions WHERE id = new.id AND version = new.latest;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF latest ON articles BEGIN
	INSERT INTO article_fts (article_fts, rowid, title, text)
		SELECT 'delete', seq, title, text FROM article_versions WHERE id = old.id AND version = old.latest;
	INSERT INTO article_fts (rowid, title, text)
		SELECT seq, title, text FROM article_versions WHERE id = new.id AND version = new.latest;
END;

CREATE VIRTUAL TABLE passage_fts USING fts5(
	text,
	content = 'passages', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO passage_fts (passage_fts) VALUES ('rebuild');

CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
	INSERT INTO passage_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
	INSERT INTO passage_fts (passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
