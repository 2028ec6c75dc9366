-- Full-text search over rounds, proposals, statements, actors and sources (FTS5).
-- search_docs maps each record to the rowid of its document in search_index; triggers keep
-- both in step with the tables on every insert, update and delete, whoever writes.
CREATE TABLE `search_docs` (
	`doc_id` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_ref` ON `search_docs` (`kind`, `ref_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `rounds_search_insert` AFTER INSERT ON `rounds` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('round', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), new.title,
		concat_ws(' ', new.summary, new.city, new.region, new.country, new.date_text));
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_search_update` AFTER UPDATE ON `rounds` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'round' AND ref_id = old.id;
	UPDATE search_index SET title = new.title,
		body = concat_ws(' ', new.summary, new.city, new.region, new.country, new.date_text)
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'round' AND ref_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_search_delete` AFTER DELETE ON `rounds` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'round' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'round' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_insert` AFTER INSERT ON `proposals` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('proposal', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), new.title,
		concat_ws(' ', new.text, replace(new.category, '_', ' '), new.date_text));
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_update` AFTER UPDATE ON `proposals` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'proposal' AND ref_id = old.id;
	UPDATE search_index SET title = new.title,
		body = concat_ws(' ', new.text, replace(new.category, '_', ' '), new.date_text)
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'proposal' AND ref_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_delete` AFTER DELETE ON `proposals` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'proposal' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'proposal' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_insert` AFTER INSERT ON `statements` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('statement', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(),
		(SELECT name FROM actors WHERE id = new.actor_id), new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_update` AFTER UPDATE ON `statements` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'statement' AND ref_id = old.id;
	UPDATE search_index SET title = (SELECT name FROM actors WHERE id = new.actor_id), body = new.text
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'statement' AND ref_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_delete` AFTER DELETE ON `statements` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'statement' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'statement' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_insert` AFTER INSERT ON `actors` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('actor', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), new.name,
		concat_ws(' ',
			(SELECT group_concat(value, ' ') FROM json_each(new.aliases)),
			(SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.roles))));
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_update` AFTER UPDATE ON `actors` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'actor' AND ref_id = old.id;
	UPDATE search_index SET title = new.name,
		body = concat_ws(' ',
			(SELECT group_concat(value, ' ') FROM json_each(new.aliases)),
			(SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.roles)))
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'actor' AND ref_id = new.id);
	-- A statement's document is titled with its actor's name.
	UPDATE search_index SET title = new.name
		WHERE rowid IN (SELECT d.doc_id FROM search_docs d JOIN statements s ON d.kind = 'statement' AND d.ref_id = s.id WHERE s.actor_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_delete` AFTER DELETE ON `actors` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'actor' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'actor' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_insert` AFTER INSERT ON `sources` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('source', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), new.title, coalesce(new.text, new.citation));
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_update` AFTER UPDATE ON `sources` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'source' AND ref_id = old.id;
	UPDATE search_index SET title = new.title, body = coalesce(new.text, new.citation)
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'source' AND ref_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_delete` AFTER DELETE ON `sources` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'source' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'source' AND ref_id = old.id;
END;
--> statement-breakpoint
-- Index what an existing store already holds.
INSERT INTO search_docs (kind, ref_id)
	SELECT 'round', id FROM rounds UNION ALL SELECT 'proposal', id FROM proposals UNION ALL
	SELECT 'statement', id FROM statements UNION ALL SELECT 'actor', id FROM actors UNION ALL SELECT 'source', id FROM sources;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT d.doc_id, r.title, concat_ws(' ', r.summary, r.city, r.region, r.country, r.date_text) FROM search_docs d JOIN rounds r ON d.kind = 'round' AND d.ref_id = r.id
	UNION ALL SELECT d.doc_id, p.title, concat_ws(' ', p.text, replace(p.category, '_', ' '), p.date_text) FROM search_docs d JOIN proposals p ON d.kind = 'proposal' AND d.ref_id = p.id
	UNION ALL SELECT d.doc_id, a.name, s.text FROM search_docs d JOIN statements s ON d.kind = 'statement' AND d.ref_id = s.id JOIN actors a ON a.id = s.actor_id
	UNION ALL SELECT d.doc_id, a.name, concat_ws(' ', (SELECT group_concat(value, ' ') FROM json_each(a.aliases)), (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(a.roles))) FROM search_docs d JOIN actors a ON d.kind = 'actor' AND d.ref_id = a.id
	UNION ALL SELECT d.doc_id, s.title, coalesce(s.text, s.citation) FROM search_docs d JOIN sources s ON d.kind = 'source' AND d.ref_id = s.id;
