-- Large values (articles, briefings, analyses, the clusterer's state) are
-- compressed with lz4 where the server has it (PostgreSQL 14 and later,
-- built with lz4): pglz cost a tenth of the server's processor time on a
-- stream of reports, much of it on analyses it then failed to shrink.
-- Values stored before keep their compression; a server without lz4
-- keeps pglz.
DO $$
BEGIN
	IF current_setting('server_version_num')::int >= 140000 THEN
		BEGIN
			ALTER TABLE articles ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE article_versions ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE article_dropped ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE stories ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE briefings ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE passages ALTER COLUMN body SET COMPRESSION lz4;
			ALTER TABLE analyses ALTER COLUMN data SET COMPRESSION lz4;
			ALTER TABLE clusterer ALTER COLUMN state SET COMPRESSION lz4;
		EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
			NULL;
		END;
	END IF;
END
$$;
