// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database is open and migrated, 503 otherwise. A read replica (REPLICA_OF) also answers 503 when its last pull from the primary is older than REPLICA_STALE_MS. A full store is still ready, since reads go on: `store.full` is true when there is no room for another page (the disk holding DATABASE_PATH is full, or SQLite's max_page_count is reached), and writes then answer 507 until space is freed; `store.freeBytes` is the space left on that disk, to alert on before it runs out.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard page
         * @description An HTML dashboard: the dataset's counts as charts, a zoomable timeline, filters and search, the position matrix (issues by parties), the records as lists, and the source text with the words behind any record highlighted. Every view is in the query, so a link reproduces it. Works offline: it loads nothing from other sites.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Request counts and latency histograms by route template and status, and process metrics, in the Prometheus text format.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the dataset
         * @description The dataset's version (it changes with every write) and how to cite it, the licences of the data and the code and the terms on which sources are quoted, the sources with their own licence and citation, counts, and links to every collection, the versions and the whole-dataset export.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rounds of talks
         * @description Every session of talks, held, ongoing or proposed, oldest first by default. A round matches `from`/`to` when its date range overlaps them.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listRounds"];
        put?: never;
        /**
         * Create a round
         * @description Adds a round with its evidence. Evidence from a news article is checked against the article's text (or located, when given as `quote`); references must name known records. Answers 201 with `Location`. With `Idempotency-Key`, a retry of the same request returns the first answer instead of creating again.
         */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one round
         * @description One round, with the proposals tabled at it and the statements about it embedded.
         */
        get: operations["getRound"];
        put?: never;
        post?: never;
        /**
         * Delete a round
         * @description Deletes the round. When other records point at it the answer is 409, unless `cascade=true`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.
         */
        delete: operations["deleteRound"];
        options?: never;
        head?: never;
        /**
         * Change a round
         * @description A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.
         */
        patch: operations["updateRound"];
        trace?: never;
    };
    "/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List proposals, conditions, demands and assessments
         * @description Every position a party tabled, in the source's own words, oldest first. A proposal matches `from`/`to` when its date range overlaps them.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listProposals"];
        put?: never;
        /**
         * Create a proposal
         * @description Adds a proposal with its evidence. Evidence from a news article is checked against the article's text (or located, when given as `quote`); references must name known records. Answers 201 with `Location`. With `Idempotency-Key`, a retry of the same request returns the first answer instead of creating again.
         */
        post: operations["createProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one proposal
         * @description One proposal, condition or demand, with its evidence.
         */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        /**
         * Delete a proposal
         * @description Deletes the proposal. When other records point at it the answer is 409, unless `cascade=true`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.
         */
        delete: operations["deleteProposal"];
        options?: never;
        head?: never;
        /**
         * Change a proposal
         * @description A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.
         */
        patch: operations["updateProposal"];
        trace?: never;
    };
    "/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parties
         * @description The sides in the talks and the states that host or mediate them.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one party
         * @description One party, by id or any alias, case-insensitive: `/v1/parties/kyiv` is `/v1/parties/ukraine`.
         */
        get: operations["getParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one party's proposals
         * @description The proposals, conditions, demands and assessments one party tabled, e.g. Kyiv's: `/v1/parties/kiev/proposals`, `/v1/parties/kyiv/proposals` and `/v1/parties/ukraine/proposals` return the same list.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listPartyProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description The people and organizations the sources name, in the order they appear. `quoted=true` keeps those with at least one statement.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Create a actor
         * @description Adds a actor with its evidence. Evidence from a news article is checked against the article's text (or located, when given as `quote`); references must name known records. Answers 201 with `Location`. With `Idempotency-Key`, a retry of the same request returns the first answer instead of creating again.
         */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one actor
         * @description One person or organization, with roles as the source gives them.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        /**
         * Delete a actor
         * @description Deletes the actor. When other records point at it the answer is 409, unless `cascade=true`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        /**
         * Change a actor
         * @description A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.
         */
        patch: operations["updateActor"];
        trace?: never;
    };
    "/v1/actors/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what one actor said
         * @description The statements attributed to one actor, oldest first.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listActorStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description What actors said, as reported, oldest first: direct quotations, reported speech with quoted words, and paraphrase. A statement matches `from`/`to` when its date range overlaps them.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listStatements"];
        put?: never;
        /**
         * Create a statement
         * @description Adds a statement with its evidence. Evidence from a news article is checked against the article's text (or located, when given as `quote`); references must name known records. Answers 201 with `Location`. With `Idempotency-Key`, a retry of the same request returns the first answer instead of creating again.
         */
        post: operations["createStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one statement
         * @description One statement, with the quoted words and the evidence.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        /**
         * Delete a statement
         * @description Deletes the statement. When other records point at it the answer is 409, unless `cascade=true`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.
         */
        delete: operations["deleteStatement"];
        options?: never;
        head?: never;
        /**
         * Change a statement
         * @description A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.
         */
        patch: operations["updateStatement"];
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The documents facts were taken from, with licence and citation. The text of each is at `/v1/sources/{id}`.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Adds a source with its evidence. Evidence from a news article is checked against the article's text (or located, when given as `quote`); references must name known records. Answers 201 with `Location`. With `Idempotency-Key`, a retry of the same request returns the first answer instead of creating again.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one source, with its text
         * @description One source. For an article, `text` is the body that every evidence offset indexes into, and `sha256` its hash.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Deletes the source. When other records point at it the answer is 409, unless `cascade=true`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List issues with each party's positions
         * @description The position matrix: each subject of the talks (NATO membership, neutrality, nuclear weapons, a leaders' meeting…) with, per party, the proposals, conditions, demands and assessments it tabled and the statements its people made on it, oldest first, with evidence; independent voices (analysts) come last as `party: null`. Issues in their curated order. With `party`, only that party's positions, and only the issues it has one on (`page.total` counts those). CSV has one row per issue and party (an issue with no position at all: one row with an empty `party` and counts of 0), so a page of CSV may hold more rows than `limit`; `page.total` and `X-Total-Count` count issues.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one issue with each party's positions
         * @description One subject of the talks with, per party, what it tabled and what its people said on it, oldest first, with evidence; independent voices last as `party: null`. With `party`, only that party's position (empty `positions` when it has none on this issue).
         */
        get: operations["getIssue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One chronological feed of events
         * @description Rounds, proposals tabled, statements and source publications in one feed for dashboards. Each event is placed on one day: the first day of its date range, except a `within` range (one day the sources do not give), which is placed on its last day and reads "by <latest>". The feed is ordered by that day, then rounds, proposals, statements, publications, then the order they were added. An `unscheduled` event (a proposed meeting with no day: `date.kind` `unscheduled`, `earliest` and `latest` null) comes after every dated event; it is never placed on a day, so it matches no `from`/`to` window. A dated event matches `from`/`to` when its date range overlaps them. Each event links to its record.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything
         * @description Full-text search (SQLite FTS5) across rounds, proposals, statements, actors (names and aliases) and source text, best match first, each hit with a highlighted snippet and a link to its record. Any text is a valid query: operators are read as plain words.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts for dashboards
         * @description Rounds by status and format, proposals by party, type and category, statements by actor and mode, and the first and last dates the data covers.
         *
         *     As CSV (`Accept: text/csv` or `?format=csv`), every count is a tidy row `dimension,key,count`: first the totals (`total,rounds,9`, `total,proposals,…`, `total,statements,…`),
         *     then each breakdown in the order of the JSON, named `<resource>_by_<field>`: `rounds_by_status`, `rounds_by_format`, `proposals_by_party`, `proposals_by_type`,
         *     `proposals_by_category`, `statements_by_actor`, `statements_by_mode`, with the status, format, party id, type, issue id, actor id or mode as `key`
         *     (`proposals_by_party,ukraine,5`). A breakdown's counts sum to its resource's total. The dataset version is in the file name; the dates are in the JSON only.
         *
         *     For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed
         * @description Every accepted write, oldest first: when, by which token, what operation on which record, and which fields. Poll with `since` set to the last `seq` you saw; the dataset `version` of `/v1` also changes with every write.
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the facts of an article for a curator to review
         * @description Proposes the facts an article states, in the format `npm run ingest` reads: statements (direct, partial and indirect speech, with the speaker resolved from a name, a role, a surname, a pronoun or a side), the people and organizations with the roles the article gives them, rounds with their place, format, status and date, and lists of proposals, one per item. Every fact quotes its words from the article and carries `review.confidence` and `review.reason` (the rule or cue behind it); relative dates are resolved against `published`, with the article's words in `date.text` and the reasoning in `date.note`. What the drafter cannot settle is under `review.undecided`. Parties, actors and issues the store has are linked by name and alias, and rounds by place, kind and days (`review.linked` lists each link): ingest the draft into this same store. Nothing is stored. Needs a write token and counts against the write rate limit. See docs/drafting.md.
         */
        post: operations["draftFacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset versions
         * @description Every dataset version, newest first: when it was made, by the seeder or by which token's write, how many records it held, and how to cite it. Each one can be fetched again, byte for byte, from `/v1/export?version=N`. A store that existed before versions were kept starts with the version it held then (`madeBy: upgrade`).
         *
         *     CSV is paged like JSON: `limit` items a page (20 by default, at most 100), the next page in the `Link: rel="next"` header, the number of every match in `X-Total-Count`. For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.
         */
        get: operations["listVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole dataset in one download
         * @description Every collection at once, at the current version or, with `version`, exactly as it was at an earlier one: the same bytes each time it is asked at the same address (`ETag` names the version and the format). Formats: one JSON document, JSON Lines, a ZIP of one CSV per collection (the columns of each list's CSV, every cell exactly as stored) with a Frictionless Data Package descriptor (`datapackage.json`: column types, keys, licence, sources, citation), or a SQLite database of the dataset's tables. Counts equal `/v1/stats` at the same version. Lists page at 100 items at most; this is the way to take everything. On a large store the first request for a version takes seconds (the file is made, then kept).
         */
        get: operations["exportDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A date range: `earliest` required; `latest` null when open-ended; `text` the source's wording. */
        DateBodyInput: {
            /** Format: date */
            earliest: string;
            /** @default null */
            latest: string | null;
            /**
             * @description What kind of date: left out, the bounds say it (one day `exact`, no latest `since`, a range `within`, or `period` for a round).
             * @enum {string}
             */
            kind?: "exact" | "period" | "within" | "since" | "unscheduled";
            /** @default null */
            text: string | null;
            /** @default null */
            note: string | null;
        };
        /** @description A round's date range: as DateBody, and a proposed round nobody has scheduled has no day (`earliest` and `latest` null). */
        RoundDateBodyInput: {
            /** @description Null only for an unscheduled proposed round (`kind: "unscheduled"`). */
            earliest: string | null;
            /** @default null */
            latest: string | null;
            /**
             * @description What kind of date: left out, the bounds say it (one day `exact`, no latest `since`, a range `within`, or `period` for a round).
             * @enum {string}
             */
            kind?: "exact" | "period" | "within" | "since" | "unscheduled";
            /** @default null */
            text: string | null;
            /** @default null */
            note: string | null;
        };
        /** @description The support for a fact: offsets with the exact text at them (checked), or the words alone (`quote`, located), or several spans of one source in order (`spans`), or for a reference timeline a `note`. Evidence from a news article must be its words. */
        EvidenceBodyInput: {
            sourceId: string;
            start: number;
            end: number;
            text: string;
        } | {
            sourceId: string;
            /** @description The exact words, located in the source text by the service. */
            quote: string;
            /** @description Which occurrence (1-based) when the words occur more than once. */
            occurrence?: number;
        } | {
            sourceId: string;
            /** @description Words the source separates, in source order: each as offsets with their text, or as words to locate. */
            spans: ({
                start: number;
                end: number;
                text: string;
            } | {
                /** @description The exact words, located in the source text by the service. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            })[];
        } | {
            sourceId: string;
            /** @description For a reference timeline: which of its facts supports this one. */
            note: string;
        };
        /** @description A round to create, or the whole of one after a merge patch. */
        RoundBodyInput: {
            /** @description Optional on create: made from the title when absent. */
            id?: string;
            title: string;
            /** @default null */
            sequence: number | null;
            /** @enum {string} */
            format: "in_person" | "video" | "ministerial" | "summit" | "unknown";
            /** @default null */
            location: {
                /** @default null */
                city: string | null;
                /** @default null */
                region: string | null;
                /** @default null */
                country: string | null;
            } | null;
            date: components["schemas"]["RoundDateBodyInput"];
            /** @enum {string} */
            status: "held" | "ongoing" | "proposed";
            summary: string;
            parties: {
                /** @description A party id or alias. */
                id: string;
                /** @enum {string} */
                role: "participant" | "host" | "mediator";
            }[];
            evidence: components["schemas"]["EvidenceBodyInput"][];
        };
        /** @description A proposal, condition or demand to create, or the whole of one after a merge patch. */
        ProposalBodyInput: {
            /** @description Optional on create: made from the party and title when absent. */
            id?: string;
            /** @description A party id or alias. */
            party: string;
            /** @default null */
            round: string | null;
            /** @enum {string} */
            type: "proposal" | "condition" | "demand" | "assessment";
            /** @description The issue it is on: a known issue id (`alliance`, `neutrality`, `leaders_meeting`…). */
            category: string;
            title: string;
            /** @description The source's own words: must lie within an article evidence item, when there is one. */
            text: string;
            date: components["schemas"]["DateBodyInput"];
            evidence: components["schemas"]["EvidenceBodyInput"][];
        };
        /** @description A statement to create, or the whole of one after a merge patch. */
        StatementBodyInput: {
            /** @description Optional on create: made from the actor and the first words when absent. */
            id?: string;
            actor: string;
            /**
             * @description A party id or alias; null for independent voices.
             * @default null
             */
            party: string | null;
            /** @default null */
            round: string | null;
            /**
             * @description Other rounds or proposed events it concerns, where the source ties it to them too; each a known round (its own `round` is left out).
             * @default []
             */
            relatedRounds: string[];
            /**
             * @description The issues it speaks to; each a known issue id.
             * @default []
             */
            issues: string[];
            /** @enum {string} */
            mode: "direct" | "partial" | "indirect";
            /** @description A one-line label: the speaker and the gist. Words in “curly quotes” must be words of `text`. Optional on create: made from the actor's name and the text (the quote, for a direct one). */
            title?: string;
            /** @description The reported sentence, verbatim: must lie within an article evidence item, when there is one. */
            text: string;
            /**
             * @description The words inside quotation marks in `text`; null for indirect speech.
             * @default null
             */
            quote: string | null;
            date: components["schemas"]["DateBodyInput"];
            evidence: components["schemas"]["EvidenceBodyInput"][];
        };
        /** @description An actor to create, or the whole of one after a merge patch. */
        ActorBodyInput: {
            /** @description Optional on create: made from the name when absent. */
            id?: string;
            name: string;
            /** @enum {string} */
            type: "person" | "organization";
            /**
             * @description A party id or alias; null for none.
             * @default null
             */
            party: string | null;
            /** @default [] */
            aliases: string[];
            /** @default [] */
            roles: {
                title: string;
                /** @default null */
                organization: string | null;
                text: string;
            }[];
            evidence: components["schemas"]["EvidenceBodyInput"][];
        };
        /** @description A source to create, or the whole of one after a merge patch. */
        SourceBodyInput: {
            /** @description Optional on create: made from the title when absent. */
            id?: string;
            /** @enum {string} */
            kind: "news_article" | "reference_timeline";
            title: string;
            publisher: string;
            /** @default null */
            url: string | null;
            published: components["schemas"]["DateBodyInput"];
            language: string;
            licence: string;
            citation: string;
            /**
             * @description For a news article, its body, verbatim: evidence offsets index into it. Null for a reference timeline.
             * @default null
             */
            text: string | null;
        };
        /** @description An article to draft the facts of. */
        DraftRequestInput: {
            /** @description The article as captured, up to 60,000 characters (a long feature is about 40,000): its headline as the first line when it has one, then the body. Trailing page furniture (short lines such as "Show More") is recognised and left out. */
            text: string;
            /** @description The headline; when the text starts with it, that line is the headline and not the body. */
            title?: string;
            publisher: string;
            /** @default null */
            url: string | null;
            /** @description When the article appeared: relative dates ("last week", "since Friday") are resolved against it. */
            published: {
                /** Format: date */
                earliest: string;
                /**
                 * Format: date
                 * @description When the day is not known: the last day it can be. Left out, the same as `earliest`.
                 */
                latest?: string;
            };
            /** @default en */
            language: string;
            /** @description The source id to give the article; made from the publisher and title when absent. */
            id?: string;
        };
        /**
         * @description A date that sources may give only roughly, as the range of days it can fall on, and what kind of date that range is.
         * @example {
         *       "earliest": "2022-04-01",
         *       "latest": null,
         *       "kind": "since",
         *       "text": "since Friday",
         *       "note": null
         *     }
         */
        DateRange: {
            /** @description First day the fact may fall on (ISO 8601); null only for an `unscheduled` event, which has no day. */
            earliest: string | null;
            /** @description Last day the fact may fall on; null when open-ended (`since`) or `unscheduled`. */
            latest: string | null;
            /**
             * @description What kind of date this is. `exact`: one known day (earliest == latest). `period`: the fact lasted from earliest to latest (a round held over days). `within`: it happened within the range, on a day or days the sources do not give (said once, or "repeatedly"): read it as "by `latest`"; feeds place it on `latest`. `since`: on or after earliest, with no end (talks still going on, a page published then or later; latest null). `unscheduled`: proposed, with no day (earliest and latest null); feeds list it after every dated event.
             * @enum {string}
             */
            kind: "exact" | "period" | "within" | "since" | "unscheduled";
            /** @description The source's own wording of the date, e.g. "last week"; null when it gives none. */
            text: string | null;
            /** @description How the range was worked out from the sources, where it had to be. */
            note: string | null;
        };
        /** @description One verbatim slice of a source text. */
        Span: {
            /** @description Offset of the first character in the source text (JavaScript string index). */
            start: number;
            /** @description Offset just past the last character (end exclusive). */
            end: number;
            /** @description Exactly `source.text.slice(start, end)`. */
            text: string;
        };
        /**
         * @description The support for a fact: the exact words of a news article, one span or several of one source, or a dated fact of a reference timeline.
         * @example {
         *       "sourceId": "xinhua-2022-04-ease-tensions",
         *       "start": null,
         *       "end": null,
         *       "text": null,
         *       "note": null,
         *       "spans": [
         *         {
         *           "start": 547,
         *           "end": 561,
         *           "text": "its refusal to"
         *         },
         *         {
         *           "start": 610,
         *           "end": 667,
         *           "text": "deploy foreign military bases and troops on its territory"
         *         }
         *       ]
         *     }
         */
        Evidence: {
            /** @description The source the support comes from (`/v1/sources/{sourceId}`). */
            sourceId: string;
            /** @description Offset of the first character in the source text (JavaScript string index); null for a reference timeline, and for an item of several spans (see `spans`). */
            start: number | null;
            /** @description Offset just past the last character (end exclusive); null as `start` is. */
            end: number | null;
            /** @description Exactly `source.text.slice(start, end)`; null as `start` is. */
            text: string | null;
            /** @description For a reference timeline, which of its facts supports this one. */
            note: string | null;
            /** @description Only on an item of several spans: the words the source separates ("its refusal to … deploy foreign military bases"), in source order, each verbatim, which the item holds instead of start, end and text (those are then null). Absent on an item of one span and on a note. */
            spans?: components["schemas"]["Span"][];
        };
        /**
         * @description An RFC 9457 problem answer (`application/problem+json`).
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "Invalid request at query.limit: see errors.",
         *       "instance": "/v1/rounds?limit=banana",
         *       "errors": [
         *         {
         *           "path": "query.limit",
         *           "message": "Invalid input: expected number, received NaN"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI reference naming the kind of problem; about:blank when the status says it all. */
            type: string;
            /** @description The short name of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request, for a person to read. */
            detail: string;
            /** @description The request path (and query) the problem arose at. */
            instance: string;
            /** @description The request id, as in the X-Request-Id header: quote it when reporting a problem. */
            requestId?: string;
            /** @description For invalid requests, each value that was wrong. */
            errors?: {
                /** @description Where the bad value is: `query.limit`, `params.id`, `body.title`… */
                path: string;
                message: string;
            }[];
        };
        /** @description Where a list page stands. */
        Page: {
            /** @description The page size used. */
            limit: number;
            /** @description How many items match the filters, over all pages. */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A date range: `earliest` required; `latest` null when open-ended; `text` the source's wording. */
        DateBody: {
            /** Format: date */
            earliest: string;
            /** @default null */
            latest: string | null;
            /**
             * @description What kind of date: left out, the bounds say it (one day `exact`, no latest `since`, a range `within`, or `period` for a round).
             * @enum {string}
             */
            kind?: "exact" | "period" | "within" | "since" | "unscheduled";
            /** @default null */
            text: string | null;
            /** @default null */
            note: string | null;
        };
        /** @description A round's date range: as DateBody, and a proposed round nobody has scheduled has no day (`earliest` and `latest` null). */
        RoundDateBody: {
            /** @description Null only for an unscheduled proposed round (`kind: "unscheduled"`). */
            earliest: string | null;
            /** @default null */
            latest: string | null;
            /**
             * @description What kind of date: left out, the bounds say it (one day `exact`, no latest `since`, a range `within`, or `period` for a round).
             * @enum {string}
             */
            kind?: "exact" | "period" | "within" | "since" | "unscheduled";
            /** @default null */
            text: string | null;
            /** @default null */
            note: string | null;
        };
        /** @description The support for a fact: offsets with the exact text at them (checked), or the words alone (`quote`, located), or several spans of one source in order (`spans`), or for a reference timeline a `note`. Evidence from a news article must be its words. */
        EvidenceBody: {
            sourceId: string;
            start: number;
            end: number;
            text: string;
        } | {
            sourceId: string;
            /** @description The exact words, located in the source text by the service. */
            quote: string;
            /** @description Which occurrence (1-based) when the words occur more than once. */
            occurrence?: number;
        } | {
            sourceId: string;
            /** @description Words the source separates, in source order: each as offsets with their text, or as words to locate. */
            spans: ({
                start: number;
                end: number;
                text: string;
            } | {
                /** @description The exact words, located in the source text by the service. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            })[];
        } | {
            sourceId: string;
            /** @description For a reference timeline: which of its facts supports this one. */
            note: string;
        };
        /** @description One accepted write. */
        Change: {
            /** @description Position in the log; pass the last one you saw as `since`. */
            seq: number;
            /** @description When the write was accepted (ISO 8601, UTC). */
            at: string;
            /** @description The name of the token that made the write. */
            token: string;
            /** @enum {string} */
            operation: "create" | "update" | "delete";
            resource: {
                /** @enum {string} */
                type: "round" | "proposal" | "statement" | "actor" | "source" | "party" | "issue";
                id: string;
                href: string;
            };
            /** @description The fields the write set. */
            fields: string[];
            /** @description The dataset version the write made (`/v1/versions`); null for writes logged before versions were kept. */
            version: number | null;
        };
        /**
         * @description A side in the talks, or a state that hosts or mediates them.
         * @example {
         *       "id": "ukraine",
         *       "name": "Ukraine",
         *       "role": "belligerent",
         *       "aliases": [
         *         "Kiev",
         *         "Kyiv",
         *         "UA",
         *         "UKR",
         *         "Киев",
         *         "Київ",
         *         "Украина",
         *         "Україна"
         *       ]
         *     }
         */
        Party: {
            /** @description Stable slug: `russia`, `ukraine`, `turkey`, `belarus`… */
            id: string;
            name: string;
            /**
             * @description `belligerent` for a side in the talks, `host` or `mediator` for a state that hosts or mediates them.
             * @enum {string}
             */
            role: "belligerent" | "host" | "mediator";
            /** @description Other names the party goes by (capitals, spellings); each works wherever a party id does, case-insensitive. */
            aliases: string[];
        };
        /**
         * @description Something an actor said, as a source reports it.
         * @example {
         *       "id": "medinsky-more-realistic-approach",
         *       "actor": "vladimir-medinsky",
         *       "party": "russia",
         *       "round": "online-2022-04-01",
         *       "relatedRounds": [
         *         "zelensky-putin-meeting"
         *       ],
         *       "issues": [
         *         "leaders_meeting"
         *       ],
         *       "mode": "partial",
         *       "title": "Medinsky: Ukraine takes “a more realistic approach”, but the draft is not enough for a leaders’ meeting",
         *       "text": "Medinsky said Russia saw that Ukraine had taken “a more realistic approach” to talks, but the draft agreement was not sufficient for a potential meeting between the Russian and Ukrainian leaders.",
         *       "quote": "a more realistic approach",
         *       "date": {
         *         "earliest": "2022-04-01",
         *         "latest": "2022-04-07",
         *         "kind": "within",
         *         "text": null,
         *         "note": "Reported with the online talks that began on Friday 2022-04-01, and before the article."
         *       },
         *       "evidence": [
         *         {
         *           "sourceId": "xinhua-2022-04-ease-tensions",
         *           "start": 1415,
         *           "end": 1610,
         *           "text": "Medinsky said Russia saw that Ukraine had taken “a more realistic approach” to talks, but the draft agreement was not sufficient for a potential meeting between the Russian and Ukrainian leaders.",
         *           "note": null
         *         }
         *       ]
         *     }
         */
        Statement: {
            id: string;
            /** @description Who said it (`/v1/actors/{actor}`). */
            actor: string;
            /** @description The party the speaker spoke for; null for independent voices such as analysts. */
            party: string | null;
            /** @description The round it is about, if any. */
            round: string | null;
            /** @description Other rounds or proposed events it concerns, where the source ties it to them too. */
            relatedRounds: string[];
            /** @description The issues of the talks it speaks to (`/v1/issues/{id}`). */
            issues: string[];
            /**
             * @description `direct`: a full quotation; `partial`: reported speech with quoted words; `indirect`: a paraphrase with no quotation marks.
             * @enum {string}
             */
            mode: "direct" | "partial" | "indirect";
            /** @description A one-line label for feeds: the speaker and the gist, written by the curators; words in “curly quotes” are the source's. */
            title: string;
            /** @description The reported sentence, verbatim from the source. */
            text: string;
            /** @description The words inside quotation marks, verbatim, without the reporter's sentence punctuation the article puts inside them; null for indirect speech. */
            quote: string | null;
            /** @description When it was said. */
            date: components["schemas"]["DateRange"];
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description A role an actor holds, as a source gives it. */
        ActorRole: {
            /** @description The title, normalised: `President`, `Head of negotiation team`… */
            title: string;
            /** @description The state or organization the title is held in. */
            organization: string | null;
            /** @description The role exactly as the source gives it, e.g. "Ukrainian President". */
            text: string;
        };
        /**
         * @description A person or organization that acts in or comments on the talks.
         * @example {
         *       "id": "david-arakhamia",
         *       "name": "David Arakhamia",
         *       "aliases": [
         *         "Arakhamia",
         *         "Davyd Arakhamia",
         *         "Arakhamiya",
         *         "Арахамия",
         *         "Арахамія",
         *         "Давид Арахамия",
         *         "Давид Арахамія"
         *       ],
         *       "type": "person",
         *       "party": "ukraine",
         *       "roles": [
         *         {
         *           "title": "Negotiator",
         *           "organization": "Ukraine",
         *           "text": "Ukrainian negotiator"
         *         }
         *       ],
         *       "statementCount": 1,
         *       "evidence": [
         *         {
         *           "sourceId": "xinhua-2022-04-ease-tensions",
         *           "start": 1225,
         *           "end": 1262,
         *           "text": "Ukrainian negotiator, David Arakhamia",
         *           "note": null
         *         }
         *       ]
         *     }
         */
        Actor: {
            /** @description Stable slug, e.g. `vladimir-medinsky`. */
            id: string;
            name: string;
            /** @description Other spellings and short names (Zelenskyy, Medinskiy…). */
            aliases: string[];
            /** @enum {string} */
            type: "person" | "organization";
            /** @description The party the actor acts for; null for independent analysts and international organizations. */
            party: string | null;
            roles: components["schemas"]["ActorRole"][];
            /** @description How many statements are attributed to the actor (`/v1/actors/{id}/statements`). */
            statementCount: number;
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A position one party tabled: a proposal, a condition, a demand or an assessment, in the words of its source.
         * @example {
         *       "id": "ukraine-renounce-nuclear-weapons",
         *       "party": "ukraine",
         *       "round": "istanbul-2022-03-29",
         *       "type": "proposal",
         *       "category": "nuclear_weapons",
         *       "title": "Renounce nuclear weapons",
         *       "text": "willingness to renounce nuclear weapons",
         *       "date": {
         *         "earliest": "2022-03-29",
         *         "latest": "2022-03-29",
         *         "kind": "exact",
         *         "text": "last week",
         *         "note": "Handed over at the Istanbul round."
         *       },
         *       "evidence": [
         *         {
         *           "sourceId": "xinhua-2022-04-ease-tensions",
         *           "start": 734,
         *           "end": 773,
         *           "text": "willingness to renounce nuclear weapons",
         *           "note": null
         *         },
         *         {
         *           "sourceId": "xinhua-2022-04-ease-tensions",
         *           "start": 417,
         *           "end": 530,
         *           "text": "The latest round of face-to-face negotiations in Istanbul last week resulted in Kiev handing Moscow its proposals",
         *           "note": null
         *         }
         *       ]
         *     }
         */
        Proposal: {
            id: string;
            /** @description The party that tabled it (`/v1/parties/{party}`). */
            party: string;
            /** @description The round it was tabled at, or the proposed event it concerns, if the source says (`/v1/rounds/{round}`). */
            round: string | null;
            /**
             * @description `proposal` offered, `condition` set for something else to happen, `demand` made of the other side, or `assessment`: where the party says things stand.
             * @enum {string}
             */
            type: "proposal" | "condition" | "demand" | "assessment";
            /** @description The issue it is on, by id (`/v1/issues/{category}`): `alliance`, `foreign_military_presence`, `neutrality`, `nuclear_weapons`, `wmd`, `leaders_meeting`… */
            category: string;
            /** @description A short title written by the curators. */
            title: string;
            /** @description The source's own words for it, verbatim. */
            text: string;
            /** @description When it was tabled or stated. */
            date: components["schemas"]["DateRange"];
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description One party's position on an issue: what it tabled and what its people said, each with its evidence. */
        IssuePosition: {
            /** @description The party (`/v1/parties/{party}`); null for the independent voices (analysts…) who speak for no party. */
            party: string | null;
            /** @description The proposals, conditions, demands and assessments the party tabled on the issue, oldest first, at most 20 (`counts` has them all, `links` lists them); empty for independent voices. */
            proposals: components["schemas"]["Proposal"][];
            /** @description What the party's people (or, for `party: null`, independent voices) said on the issue, oldest first, at most 20. */
            statements: components["schemas"]["Statement"][];
            /** @description How many proposals and statements the party has on the issue, all of them, embedded or not. */
            counts: {
                proposals: number;
                statements: number;
            };
            /** @description The complete lists behind this position. */
            links: {
                /** @description The party's proposals on the issue, paged (`/v1/proposals?category=…&party=…`); null for independent voices. */
                proposals: string | null;
                /** @description The statements on the issue, paged: the party's (`/v1/statements?issue=…&party=…`), or every speaker's for independent voices. */
                statements: string;
            };
        };
        /**
         * @description A subject of the talks, with each party's positions on it: the position matrix a dashboard draws.
         * @example {
         *       "id": "nuclear_weapons",
         *       "label": "Nuclear weapons",
         *       "description": "Whether Ukraine renounces nuclear weapons.",
         *       "href": "/v1/issues/nuclear_weapons",
         *       "counts": {
         *         "parties": 1,
         *         "proposals": 1,
         *         "statements": 0
         *       },
         *       "positions": [
         *         {
         *           "party": "ukraine",
         *           "proposals": [
         *             {
         *               "id": "ukraine-renounce-nuclear-weapons",
         *               "party": "ukraine",
         *               "round": "istanbul-2022-03-29",
         *               "type": "proposal",
         *               "category": "nuclear_weapons",
         *               "title": "Renounce nuclear weapons",
         *               "text": "willingness to renounce nuclear weapons",
         *               "date": {
         *                 "earliest": "2022-03-29",
         *                 "latest": "2022-03-29",
         *                 "kind": "exact",
         *                 "text": "last week",
         *                 "note": "Handed over at the Istanbul round."
         *               },
         *               "evidence": [
         *                 {
         *                   "sourceId": "xinhua-2022-04-ease-tensions",
         *                   "start": 734,
         *                   "end": 773,
         *                   "text": "willingness to renounce nuclear weapons",
         *                   "note": null
         *                 },
         *                 {
         *                   "sourceId": "xinhua-2022-04-ease-tensions",
         *                   "start": 417,
         *                   "end": 530,
         *                   "text": "The latest round of face-to-face negotiations in Istanbul last week resulted in Kiev handing Moscow its proposals",
         *                   "note": null
         *                 }
         *               ]
         *             }
         *           ],
         *           "statements": [],
         *           "counts": {
         *             "proposals": 1,
         *             "statements": 0
         *           },
         *           "links": {
         *             "proposals": "/v1/proposals?category=nuclear_weapons&party=ukraine",
         *             "statements": "/v1/statements?issue=nuclear_weapons&party=ukraine"
         *           }
         *         }
         *       ]
         *     }
         */
        Issue: {
            /** @description Stable snake_case id; a proposal's `category` is one: `alliance`, `neutrality`, `leaders_meeting`… */
            id: string;
            /** @description A short name for the issue, written by the curators. */
            label: string;
            /** @description What the issue is about. */
            description: string;
            /** @description The issue on its own (`/v1/issues/{id}`). */
            href: string;
            /** @description What `positions` holds (after the `party` filter, if any). */
            counts: {
                /** @description Parties with a position (the independent entry not counted). */
                parties: number;
                /** @description Proposals, conditions, demands and assessments on the issue, in every position (embedded or not). */
                proposals: number;
                /** @description Statements on the issue, in every position (embedded or not). */
                statements: number;
            };
            /** @description One entry per party with anything on the issue, in the parties' order (`/v1/parties`), then one with `party: null` for independent voices, if any spoke on it. Empty when nothing is on it yet. */
            positions: components["schemas"]["IssuePosition"][];
        };
        /**
         * @description A document facts were taken from.
         * @example {
         *       "id": "lcil-negotiation-news",
         *       "kind": "reference_timeline",
         *       "title": "Negotiation news and positions of the sides",
         *       "publisher": "Lauterpacht Centre for International Law, University of Cambridge (Ukraine Peace Settlement Project)",
         *       "url": "https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *       "published": {
         *         "earliest": "2022-03-29",
         *         "latest": null,
         *         "kind": "since",
         *         "text": null,
         *         "note": "A timeline kept up to date by its authors; the latest fact used here is dated 2022-03-29, so it was published then or later."
         *       },
         *       "language": "en",
         *       "licence": "Facts only: no text of this page is stored. Cite the Lauterpacht Centre for International Law as the source of the dated facts.",
         *       "citation": "Lauterpacht Centre for International Law, University of Cambridge, Ukraine Peace Settlement Project, \"Negotiation news and positions of the sides\", https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *       "sha256": null,
         *       "length": null
         *     }
         */
        Source: {
            id: string;
            /**
             * @description `news_article`: its text is stored and quoted; `reference_timeline`: only its dated facts are used.
             * @enum {string}
             */
            kind: "news_article" | "reference_timeline";
            title: string;
            publisher: string;
            /** @description Where the source was read. */
            url: string | null;
            /** @description When it was published; a range where the source carries no date, with the reasoning in `note`. */
            published: components["schemas"]["DateRange"];
            /** @description BCP 47 language tag. */
            language: string;
            /** @description Under what terms its text or facts are used here. */
            licence: string;
            /** @description How to cite it. */
            citation: string;
            /** @description SHA-256 (hex) of the UTF-8 `text`; null when no text is stored. */
            sha256: string | null;
            /** @description Length of `text` in JavaScript string units, the unit of evidence offsets; null when no text is stored. */
            length: number | null;
        };
        /**
         * @description A source with its text.
         * @example {
         *       "id": "lcil-negotiation-news",
         *       "kind": "reference_timeline",
         *       "title": "Negotiation news and positions of the sides",
         *       "publisher": "Lauterpacht Centre for International Law, University of Cambridge (Ukraine Peace Settlement Project)",
         *       "url": "https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *       "published": {
         *         "earliest": "2022-03-29",
         *         "latest": null,
         *         "kind": "since",
         *         "text": null,
         *         "note": "A timeline kept up to date by its authors; the latest fact used here is dated 2022-03-29, so it was published then or later."
         *       },
         *       "language": "en",
         *       "licence": "Facts only: no text of this page is stored. Cite the Lauterpacht Centre for International Law as the source of the dated facts.",
         *       "citation": "Lauterpacht Centre for International Law, University of Cambridge, Ukraine Peace Settlement Project, \"Negotiation news and positions of the sides\", https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *       "sha256": null,
         *       "length": null,
         *       "text": null
         *     }
         */
        SourceDetail: {
            id: string;
            /**
             * @description `news_article`: its text is stored and quoted; `reference_timeline`: only its dated facts are used.
             * @enum {string}
             */
            kind: "news_article" | "reference_timeline";
            title: string;
            publisher: string;
            /** @description Where the source was read. */
            url: string | null;
            /** @description When it was published; a range where the source carries no date, with the reasoning in `note`. */
            published: components["schemas"]["DateRange"];
            /** @description BCP 47 language tag. */
            language: string;
            /** @description Under what terms its text or facts are used here. */
            licence: string;
            /** @description How to cite it. */
            citation: string;
            /** @description SHA-256 (hex) of the UTF-8 `text`; null when no text is stored. */
            sha256: string | null;
            /** @description Length of `text` in JavaScript string units, the unit of evidence offsets; null when no text is stored. */
            length: number | null;
            /** @description For an article, its body (headline and page furniture removed), verbatim: evidence offsets index into it. Null for reference timelines. */
            text: string | null;
        };
        /** @description What may be reused, and on what terms. */
        Licences: {
            /** @description The dataset: the annotations (rounds, proposals, issues, who said what, the offsets). */
            data: {
                /** @description SPDX identifier. */
                identifier: string;
                name: string;
                url: string;
            };
            /** @description The service's code. */
            code: {
                /** @description SPDX identifier. */
                identifier: string;
                name: string;
                url: string;
            };
            /** @description The terms on which sources' words are held and quoted: their copyright stays with their publishers. */
            quotedText: string;
        };
        /**
         * @description What the store holds, where it comes from and where to find it.
         * @example {
         *       "name": "Negotiation timeline: 2022 Russia–Ukraine peace talks",
         *       "description": "Rounds of talks, the proposals each side tabled, the people and organizations involved and what they said, each fact traceable to the exact words of its source.",
         *       "version": 1,
         *       "versionAt": "2026-12-02T02:30:00.000Z",
         *       "licence": {
         *         "data": {
         *           "identifier": "CC-BY-4.0",
         *           "name": "Creative Commons Attribution 4.0 International",
         *           "url": "https://creativecommons.org/licenses/by/4.0/"
         *         },
         *         "code": {
         *           "identifier": "MIT",
         *           "name": "MIT License",
         *           "url": "https://spdx.org/licenses/MIT.html"
         *         },
         *         "quotedText": "Each source's text keeps its publisher's copyright (each source's `licence` says whose). The store holds a news article's text so that every fact can be checked against the exact words it rests on; quotes and evidence spans are short extracts for reference, research and reporting. CC BY 4.0 covers the annotations, not the article's words: republishing the whole text needs its publisher's permission. Reference timelines are stored as dated facts only, with none of their text."
         *       },
         *       "citation": "The negotiation-timeline maintainers, \"Negotiation timeline: 2022 Russia–Ukraine peace talks\", dataset version 1 (2026-12-02), CC-BY-4.0, http://localhost:3000/v1/export?version=1",
         *       "sources": [
         *         {
         *           "id": "xinhua-2022-04-ease-tensions",
         *           "kind": "news_article",
         *           "title": "Russia, Ukraine continue efforts to ease tensions, defend interests",
         *           "publisher": "Xinhua",
         *           "url": "https://www.ghanaiantimes.com.gh/russia-ukraine-continue-efforts-to-ease-tensions-defend-interests/",
         *           "licence": "© Xinhua News Agency. Stored and quoted here for reference and research; the text is not covered by this project's licence.",
         *           "citation": "Xinhua, \"Russia, Ukraine continue efforts to ease tensions, defend interests\", April 2022 (between 4 and 7 April), republished by the Ghanaian Times, https://www.ghanaiantimes.com.gh/russia-ukraine-continue-efforts-to-ease-tensions-defend-interests/",
         *           "href": "/v1/sources/xinhua-2022-04-ease-tensions"
         *         },
         *         {
         *           "id": "lcil-negotiation-news",
         *           "kind": "reference_timeline",
         *           "title": "Negotiation news and positions of the sides",
         *           "publisher": "Lauterpacht Centre for International Law, University of Cambridge (Ukraine Peace Settlement Project)",
         *           "url": "https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *           "licence": "Facts only: no text of this page is stored. Cite the Lauterpacht Centre for International Law as the source of the dated facts.",
         *           "citation": "Lauterpacht Centre for International Law, University of Cambridge, Ukraine Peace Settlement Project, \"Negotiation news and positions of the sides\", https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides",
         *           "href": "/v1/sources/lcil-negotiation-news"
         *         }
         *       ],
         *       "counts": {
         *         "rounds": 9,
         *         "proposals": 7,
         *         "parties": 4,
         *         "actors": 11,
         *         "statements": 12,
         *         "sources": 2,
         *         "issues": 6,
         *         "evidence": 48
         *       },
         *       "links": {
         *         "rounds": "/v1/rounds",
         *         "proposals": "/v1/proposals",
         *         "parties": "/v1/parties",
         *         "actors": "/v1/actors",
         *         "statements": "/v1/statements",
         *         "sources": "/v1/sources",
         *         "issues": "/v1/issues",
         *         "timeline": "/v1/timeline",
         *         "search": "/v1/search{?q}",
         *         "stats": "/v1/stats",
         *         "changes": "/v1/changes",
         *         "versions": "/v1/versions",
         *         "export": "/v1/export",
         *         "openapi": "/openapi.json",
         *         "docs": "/docs"
         *       }
         *     }
         */
        Dataset: {
            name: string;
            description: string;
            /** @description Changes with every write to the store: compare it to know whether anything changed. Every version can be fetched again from `/v1/export?version=N`. */
            version: number;
            /** @description When this version was made (ISO 8601, UTC). */
            versionAt: string;
            licence: components["schemas"]["Licences"];
            /** @description How to cite the dataset at this version: who, what, version, date, licence, and where to fetch this very version again. */
            citation: string;
            /** @description Every source, with its licence and how to cite it. */
            sources: {
                id: string;
                /** @enum {string} */
                kind: "news_article" | "reference_timeline";
                title: string;
                publisher: string;
                url: string | null;
                licence: string;
                citation: string;
                href: string;
            }[];
            counts: {
                rounds: number;
                proposals: number;
                parties: number;
                actors: number;
                statements: number;
                sources: number;
                issues: number;
                evidence: number;
            };
            links: {
                rounds: string;
                proposals: string;
                parties: string;
                actors: string;
                statements: string;
                sources: string;
                issues: string;
                timeline: string;
                search: string;
                stats: string;
                changes: string;
                versions: string;
                export: string;
                openapi: string;
                docs: string;
            };
        };
        /** @description Where a round took place, as precisely as the sources say. */
        Location: {
            city: string | null;
            region: string | null;
            country: string | null;
        };
        /**
         * @description One session of talks: held, ongoing or proposed.
         * @example {
         *       "id": "online-2022-04-01",
         *       "title": "Talks in an online format",
         *       "sequence": null,
         *       "format": "video",
         *       "location": null,
         *       "date": {
         *         "earliest": "2022-04-01",
         *         "latest": null,
         *         "kind": "since",
         *         "text": "since Friday",
         *         "note": "'Since Friday', read as the most recent Friday before the article (published 2022-04-04 to 2022-04-07): Friday 2022-04-01. Still going on when the article was written."
         *       },
         *       "status": "ongoing",
         *       "summary": "Both sides confirmed that they were continuing talks in an online format after the Istanbul round.",
         *       "parties": [
         *         {
         *           "id": "russia",
         *           "role": "participant"
         *         },
         *         {
         *           "id": "ukraine",
         *           "role": "participant"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "sourceId": "xinhua-2022-04-ease-tensions",
         *           "start": 1133,
         *           "end": 1223,
         *           "text": "both sides have confirmed that they were continuing talks in an online format since Friday",
         *           "note": null
         *         }
         *       ]
         *     }
         */
        Round: {
            /** @description Stable slug, e.g. `istanbul-2022-03-29`. */
            id: string;
            title: string;
            /** @description The round's number where a source numbers it ("third round"); null otherwise. */
            sequence: number | null;
            /**
             * @description `in_person`, `video`, `ministerial` (foreign ministers), `summit` (leaders) or `unknown`.
             * @enum {string}
             */
            format: "in_person" | "video" | "ministerial" | "summit" | "unknown";
            /** @description Null for online rounds and where no source gives a place. */
            location: components["schemas"]["Location"] | null;
            date: components["schemas"]["DateRange"];
            /**
             * @description `held`, `ongoing` (no end yet), or `proposed` (not held).
             * @enum {string}
             */
            status: "held" | "ongoing" | "proposed";
            /** @description A short summary written by the curators; the evidence carries the sources' words. */
            summary: string;
            /** @description The parties taking part, and those hosting or mediating. */
            parties: {
                id: string;
                /** @enum {string} */
                role: "participant" | "host" | "mediator";
            }[];
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description A round with the proposals tabled at it and the statements about it embedded. */
        RoundDetail: {
            /** @description Stable slug, e.g. `istanbul-2022-03-29`. */
            id: string;
            title: string;
            /** @description The round's number where a source numbers it ("third round"); null otherwise. */
            sequence: number | null;
            /**
             * @description `in_person`, `video`, `ministerial` (foreign ministers), `summit` (leaders) or `unknown`.
             * @enum {string}
             */
            format: "in_person" | "video" | "ministerial" | "summit" | "unknown";
            /** @description Null for online rounds and where no source gives a place. */
            location: components["schemas"]["Location"] | null;
            date: components["schemas"]["DateRange"];
            /**
             * @description `held`, `ongoing` (no end yet), or `proposed` (not held).
             * @enum {string}
             */
            status: "held" | "ongoing" | "proposed";
            /** @description A short summary written by the curators; the evidence carries the sources' words. */
            summary: string;
            /** @description The parties taking part, and those hosting or mediating. */
            parties: {
                id: string;
                /** @enum {string} */
                role: "participant" | "host" | "mediator";
            }[];
            evidence: components["schemas"]["Evidence"][];
            /** @description The proposals tabled at this round. */
            proposals: components["schemas"]["Proposal"][];
            /** @description The statements about this round. */
            statements: components["schemas"]["Statement"][];
        };
        /**
         * @description One dataset version: every accepted write makes one, and each can be fetched again, exactly, from `/v1/export?version=N`.
         * @example {
         *       "version": 1,
         *       "at": "2026-12-02T02:30:00.000Z",
         *       "madeBy": "seed",
         *       "token": null,
         *       "counts": {
         *         "rounds": 9,
         *         "proposals": 7,
         *         "parties": 4,
         *         "actors": 11,
         *         "statements": 12,
         *         "sources": 2,
         *         "issues": 6,
         *         "evidence": 48
         *       },
         *       "changes": 0,
         *       "citation": "The negotiation-timeline maintainers, \"Negotiation timeline: 2022 Russia–Ukraine peace talks\", dataset version 1 (2026-12-02), CC-BY-4.0, http://localhost:3000/v1/export?version=1",
         *       "links": {
         *         "export": "/v1/export?version=1",
         *         "changes": "/v1/changes?since=0"
         *       }
         *     }
         */
        Version: {
            version: number;
            /** @description When the version was made (ISO 8601, UTC). */
            at: string;
            /**
             * @description `seed`: the seeder; `write`: an accepted write through a token; `upgrade`: the version the store held when it began keeping versions (earlier ones cannot be fetched).
             * @enum {string}
             */
            madeBy: "seed" | "write" | "upgrade";
            /** @description The name of the token whose write made it; null for the seeder and the upgrade. */
            token: string | null;
            /** @description How many records of each kind the dataset held at this version. */
            counts: {
                rounds: number;
                proposals: number;
                parties: number;
                actors: number;
                statements: number;
                sources: number;
                issues: number;
                evidence: number;
            };
            /** @description How many entries of the changes log this version made. */
            changes: number;
            /** @description How to cite this version. */
            citation: string;
            links: {
                /** @description The whole dataset as it was at this version: the same bytes every time. */
                export: string;
                /** @description The changes log from this version on. */
                changes: string;
            };
        };
        /** @description The whole dataset at one version: its description, licence and citation, then every collection, each item as its list gives it (and each source with its text). JSON Lines gives the same as `{"collection": "dataset" | "rounds" | …, "item": {…}}` lines. */
        Export: {
            dataset: {
                name: string;
                description: string;
                version: number;
                /** @description When this version was made (ISO 8601, UTC). */
                at: string;
                /**
                 * @description `seed`: the seeder; `write`: an accepted write through a token; `upgrade`: the version the store held when it began keeping versions (earlier ones cannot be fetched).
                 * @enum {string}
                 */
                madeBy: "seed" | "write" | "upgrade";
                licence: components["schemas"]["Licences"];
                citation: string;
                /** @description How many records of each kind the dataset held at this version. */
                counts: {
                    rounds: number;
                    proposals: number;
                    parties: number;
                    actors: number;
                    statements: number;
                    sources: number;
                    issues: number;
                    evidence: number;
                };
                sources: {
                    id: string;
                    /**
                     * @description `news_article`: its text is stored and quoted; `reference_timeline`: only its dated facts are used.
                     * @enum {string}
                     */
                    kind: "news_article" | "reference_timeline";
                    title: string;
                    publisher: string;
                    /** @description Where the source was read. */
                    url: string | null;
                    /** @description Under what terms its text or facts are used here. */
                    licence: string;
                    /** @description How to cite it. */
                    citation: string;
                }[];
            };
            rounds: components["schemas"]["Round"][];
            proposals: components["schemas"]["Proposal"][];
            parties: components["schemas"]["Party"][];
            actors: components["schemas"]["Actor"][];
            statements: components["schemas"]["Statement"][];
            sources: components["schemas"]["SourceDetail"][];
            issues: components["schemas"]["Issue"][];
            changes: components["schemas"]["Change"][];
        };
        /**
         * @description One event of the feed, placed on a day: the first of its date range, or the last for a `within` range (shown as "by <latest>"). An `unscheduled` event (`date.kind` `unscheduled`, `earliest` and `latest` null) has no day: it is listed after every dated event and matches no `from`/`to` window.
         * @example {
         *       "id": "round:istanbul-2022-03-29",
         *       "type": "round",
         *       "date": {
         *         "earliest": "2022-03-29",
         *         "latest": "2022-03-29",
         *         "kind": "exact",
         *         "text": "last week",
         *         "note": "The reference timeline dates the round 2022-03-29; the article, published 2022-04-04 to 2022-04-07, calls it 'last week'."
         *       },
         *       "day": "2022-03-29",
         *       "title": "Face-to-face negotiations in Istanbul",
         *       "parties": [
         *         "russia",
         *         "ukraine",
         *         "turkey"
         *       ],
         *       "ref": {
         *         "type": "round",
         *         "id": "istanbul-2022-03-29",
         *         "href": "/v1/rounds/istanbul-2022-03-29"
         *       }
         *     }
         */
        TimelineEvent: {
            /** @description Stable event id: `<type>:<record id>`. */
            id: string;
            /**
             * @description `round` (a session of talks), `proposal` (a position tabled), `statement` (something said), `publication` (a source published).
             * @enum {string}
             */
            type: "round" | "proposal" | "statement" | "publication";
            /** @description When it happened. The feed places the event on its first day, or on its last for a `within` range (read "by `latest`"); an `unscheduled` event has null days and comes after every dated one. */
            date: components["schemas"]["DateRange"];
            /** @description The day the feed places the event on, for a chart: `date.latest` for a `within` range, else `date.earliest`; null for an `unscheduled` event. */
            day: string | null;
            /** @description A one-line label for a chart or a feed: a round's title, `Party: title` for a proposal, a statement's own title (the speaker and the gist), `Publisher: title` for a publication. */
            title: string;
            /** @description The parties involved: a round's participants and hosts, the party that tabled a proposal or spoke. */
            parties: string[];
            /** @description The record the event stands for. */
            ref: {
                /** @enum {string} */
                type: "round" | "proposal" | "statement" | "source";
                id: string;
                /** @description The full record. */
                href: string;
            };
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ok";
            store: {
                /** @description No room for another page: writes answer 507 until space is freed; reads go on. */
                full: boolean;
                /** @description Bytes free on the filesystem holding DATABASE_PATH (null for an in-memory store). */
                freeBytes: number | null;
            };
        };
        /**
         * @description One search result.
         * @example {
         *       "type": "proposal",
         *       "id": "ukraine-no-nato-membership",
         *       "title": "Ukraine will not join NATO",
         *       "snippet": "Ukraine will not join <mark>NATO</mark>",
         *       "score": 13.722081,
         *       "href": "/v1/proposals/ukraine-no-nato-membership"
         *     }
         */
        SearchHit: {
            /**
             * @description What kind of record matched.
             * @enum {string}
             */
            type: "round" | "proposal" | "statement" | "actor" | "source";
            /** @description The record id. */
            id: string;
            /** @description The record's title: a round's or proposal's title, an actor's name, the speaker of a statement, a source's title. */
            title: string;
            /** @description The best-matching words in context, HTML-escaped, with each match wrapped in `<mark>…</mark>`; safe to insert as HTML. */
            snippet: string;
            /** @description Relevance (BM25; higher is better). Hits come best first. */
            score: number;
            /** @description Where the record is. */
            href: string;
        };
        /** @description Counts for dashboards. */
        Stats: {
            /** @description The dataset version these counts are for. */
            version: number;
            rounds: {
                total: number;
                /** @description Rounds per status; every status is listed, zero included. */
                byStatus: {
                    [key: string]: number;
                };
                /** @description Rounds per format; every format is listed, zero included. */
                byFormat: {
                    [key: string]: number;
                };
            };
            proposals: {
                total: number;
                /** @description Proposals per party id; every party is listed, zero included. */
                byParty: {
                    [key: string]: number;
                };
                /** @description Proposals per type; every type is listed, zero included. */
                byType: {
                    [key: string]: number;
                };
                /** @description Proposals per issue (`category`), every issue listed. */
                byCategory: {
                    [key: string]: number;
                };
            };
            statements: {
                total: number;
                /** @description Statements per actor id, for actors with at least one. */
                byActor: {
                    [key: string]: number;
                };
                /** @description Statements per mode; every mode is listed, zero included. */
                byMode: {
                    [key: string]: number;
                };
            };
            /** @description The span the data covers. */
            dates: {
                /** @description The earliest day any round, proposal or statement may fall on. */
                first: string | null;
                /** @description The latest day any of them is known to fall on (open-ended ranges count by their start). */
                last: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready: the database is not open or not migrated, the replica is stale, or the service is overloaded (MAX_EVENT_LOOP_DELAY). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description Search text: the records /v1/search finds, with their snippets. */
                q?: string;
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /** @description Only rounds of this status. */
                status?: "held" | "ongoing" | "proposed";
                /** @description Only rounds of this format. */
                format?: "in_person" | "video" | "ministerial" | "summit" | "unknown";
                /** @description Only these kinds of event: `round`, `proposal`, `statement`, `publication`, comma-separated. */
                type?: string | string[];
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /**
                 * @description The record whose words are highlighted: `round:<id>`, `proposal:<id>`, `statement:<id>`, `actor:<id>`, `source:<id>`, or a cell of the position matrix, `issue:<issue>:<party or none>`.
                 * @example issue:leaders_meeting:russia
                 */
                select?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A view parameter the page cannot show. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The page has not been built (`npm run build`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description A query parameter was given: this endpoint takes none. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                /** @description Only rounds with this status. */
                status?: "held" | "ongoing" | "proposed";
                /** @description Only rounds of this format (`in_person`, `video`, `ministerial`, `summit`, `unknown`). As on every list, `csv` or `json` instead choose the representation; to filter by format and get CSV, send `Accept: text/csv`. */
                format?: "in_person" | "video" | "ministerial" | "summit" | "unknown" | "csv" | "json";
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /**
                 * @description Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.
                 * @example Istanbul
                 */
                q?: string;
                /** @description `date`: oldest first (the default); `-date`: newest first. */
                sort?: "date" | "-date";
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Round"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string; a retried POST with the same key and body gets the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundBodyInput"];
            };
        };
        responses: {
            /** @description The round as GET returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round id.
                 * @example istanbul-2022-03-29
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRound: {
        parameters: {
            query?: {
                /** @description `true` deletes the records that point at this one too. */
                cascade?: "true" | "false";
            };
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The round id.
                 * @example online-2022-04-01
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            type: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The round id.
                 * @example online-2022-04-01
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The merge patch: a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The round after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /**
                 * @description Only proposals tabled at this round (its id).
                 * @example istanbul-2022-03-29
                 */
                round?: string;
                /** @description Only this type. */
                type?: "proposal" | "condition" | "demand" | "assessment";
                /**
                 * @description Only proposals on this issue (its id, `/v1/issues`).
                 * @example nuclear_weapons
                 */
                category?: string;
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /**
                 * @description Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.
                 * @example nuclear
                 */
                q?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of proposals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Proposal"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string; a retried POST with the same key and body gets the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalBodyInput"];
            };
        };
        responses: {
            /** @description The proposal as GET returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The proposal id.
                 * @example ukraine-no-nato-membership
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProposal: {
        parameters: {
            query?: {
                /** @description `true` deletes the records that point at this one too. */
                cascade?: "true" | "false";
            };
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The proposal id.
                 * @example ukraine-no-nato-membership
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            type: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The proposal id.
                 * @example ukraine-no-nato-membership
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The merge patch: a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The proposal after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParties: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Party"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A party's id or any of its aliases, case-insensitive: `ukraine`, `Kyiv` and `kiev` name the same party.
                 * @example kiev
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyProposals: {
        parameters: {
            query?: {
                /**
                 * @description Only proposals tabled at this round (its id).
                 * @example istanbul-2022-03-29
                 */
                round?: string;
                /** @description Only this type. */
                type?: "proposal" | "condition" | "demand" | "assessment";
                /**
                 * @description Only proposals on this issue (its id, `/v1/issues`).
                 * @example nuclear_weapons
                 */
                category?: string;
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /**
                 * @description Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.
                 * @example nuclear
                 */
                q?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path: {
                /**
                 * @description A party's id or any of its aliases, case-insensitive: `ukraine`, `Kyiv` and `kiev` name the same party.
                 * @example kiev
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the party's proposals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Proposal"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /** @description Only persons, or only organizations. */
                type?: "person" | "organization";
                /** @description `true`: only actors with at least one statement; `false`: only actors with none. */
                quoted?: "true" | "false";
                /**
                 * @description Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.
                 * @example negotiator
                 */
                q?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Actor"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string; a retried POST with the same key and body gets the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorBodyInput"];
            };
        };
        responses: {
            /** @description The actor as GET returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The actor id.
                 * @example vladimir-medinsky
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActor: {
        parameters: {
            query?: {
                /** @description `true` deletes the records that point at this one too. */
                cascade?: "true" | "false";
            };
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The actor id.
                 * @example nato
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            type: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The actor id.
                 * @example nato
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The merge patch: a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The actor after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActorStatements: {
        parameters: {
            query?: {
                /** @description Only statements reported in this mode. */
                mode?: "direct" | "partial" | "indirect";
                /**
                 * @description Only statements about this round (its id): its own, or a related one.
                 * @example istanbul-2022-03-29
                 */
                round?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path: {
                /**
                 * @description The actor id.
                 * @example vladimir-medinsky
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the actor's statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Statement"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /**
                 * @description Only what this actor said: its id, or a name or alias that names one actor (`Medinsky`, `Мединский`).
                 * @example volodymyr-zelensky
                 */
                actor?: string;
                /** @description Only statements on this issue (its id, `/v1/issues`, e.g. `leaders_meeting`). */
                issue?: string;
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /**
                 * @description Only statements about this round (its id): its own, or a related one.
                 * @example istanbul-2022-03-29
                 */
                round?: string;
                /** @description Only statements reported in this mode. */
                mode?: "direct" | "partial" | "indirect";
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /**
                 * @description Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.
                 * @example signals
                 */
                q?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Statement"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string; a retried POST with the same key and body gets the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementBodyInput"];
            };
        };
        responses: {
            /** @description The statement as GET returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The statement id.
                 * @example timofeev-theoretical-possibility
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatement: {
        parameters: {
            query?: {
                /** @description `true` deletes the records that point at this one too. */
                cascade?: "true" | "false";
            };
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The statement id.
                 * @example zelensky-positive-signals
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            type: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The statement id.
                 * @example zelensky-positive-signals
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The merge patch: a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The statement after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Source"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string; a retried POST with the same key and body gets the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceBodyInput"];
            };
        };
        responses: {
            /** @description The source as GET returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The source id.
                 * @example xinhua-2022-04-ease-tensions
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: {
                /** @description `true` deletes the records that point at this one too. */
                cascade?: "true" | "false";
            };
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The source id.
                 * @example lcil-negotiation-news
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            type: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a GET of the record: the write happens only if the record is still that version (else 412). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The source id.
                 * @example lcil-negotiation-news
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The merge patch: a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The source after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description The body or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken, or others still point at the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; nothing was written. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is busy with another write, or this server is a read replica; nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is full; nothing was written. Reads go on. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssues: {
        parameters: {
            query?: {
                /**
                 * @description Only this party's positions: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`). The list then holds only the issues the party has a position on.
                 * @example kiev
                 */
                party?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of issues, each with its positions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Issue"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssue: {
        parameters: {
            query?: {
                /**
                 * @description Only this party's position: its id or any alias, case-insensitive. An issue the party has nothing on has empty `positions`.
                 * @example kiev
                 */
                party?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The issue id (snake_case, as a proposal's `category`).
                 * @example leaders_meeting
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTimeline: {
        parameters: {
            query?: {
                /** @description Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to. */
                from?: string;
                /**
                 * @description Only what may fall on or before this day (ISO 8601).
                 * @example 2022-03-31
                 */
                to?: string;
                /** @description Only these kinds of event: `round`, `proposal`, `statement`, `publication`; repeat the parameter or separate with commas. */
                type?: string | string[];
                /**
                 * @description Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).
                 * @example kiev
                 */
                party?: string;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, oldest first, unscheduled events last. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimelineEvent"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description What to look for: words (all must match), "quoted phrases", and word* for words starting so. Names of parties and actors also find their other names, in Latin or Cyrillic script (Kyiv/Kiev/Київ, Zelensky/Зеленский); names under three letters (the codes BY, UA) are never used to widen a search. At most 500 characters.
                 * @example nato
                 */
                q: string;
                /** @description Only these kinds of record: `round`, `proposal`, `statement`, `actor`, `source`; repeat the parameter or separate with commas. */
                type?: string | string[];
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of search hits, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SearchHit"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stats"];
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /**
                 * @description Only changes after this sequence number.
                 * @example 0
                 */
                since?: number;
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Change"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draftFacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftRequestInput"];
            };
        };
        responses: {
            /** @description The draft: an ingest file (docs/ingest.schema.json) with the drafter's notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $schema?: string;
                        /** @description The article; its text is the --source file. */
                        source: {
                            id: string;
                            /** @enum {string} */
                            kind: "news_article";
                            title: string;
                            publisher: string;
                            /** @default null */
                            url: string | null;
                            published: components["schemas"]["DateBody"];
                            language: string;
                            licence: string;
                            citation: string;
                            /** @description The headline line the capture starts with, removed from the stored body. */
                            headline?: string;
                            /**
                             * @description Trailing lines of the publishing site (buttons, links), removed from the stored body.
                             * @default []
                             */
                            furniture: string[];
                        };
                        /**
                         * @description Parties the facts name that the store may not have: each is added unless the store has its id, and then its name must be the same.
                         * @default []
                         */
                        parties: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "belligerent" | "host" | "mediator";
                            /** @default [] */
                            aliases: string[];
                            /** @description From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest. */
                            review?: {
                                confidence: number;
                                reason: string;
                            };
                        }[];
                        /**
                         * @description Issues the facts name that the store may not have: each is added unless the store has its id, and then its label must be the same.
                         * @default []
                         */
                        issues: {
                            id: string;
                            label: string;
                            description: string;
                        }[];
                        /** @default [] */
                        actors: {
                            /** @description Optional on create: made from the name when absent. */
                            id?: string;
                            name: string;
                            /** @enum {string} */
                            type: "person" | "organization";
                            /**
                             * @description A party id or alias; null for none.
                             * @default null
                             */
                            party: string | null;
                            /** @default [] */
                            aliases: string[];
                            /** @default [] */
                            roles: {
                                title: string;
                                /** @default null */
                                organization: string | null;
                                text: string;
                            }[];
                            evidence: components["schemas"]["EvidenceBody"][];
                            /** @description From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest. */
                            review?: {
                                confidence: number;
                                reason: string;
                            };
                        }[];
                        /** @default [] */
                        rounds: {
                            /** @description Optional on create: made from the title when absent. */
                            id?: string;
                            title: string;
                            /** @default null */
                            sequence: number | null;
                            /** @enum {string} */
                            format: "in_person" | "video" | "ministerial" | "summit" | "unknown";
                            /** @default null */
                            location: {
                                /** @default null */
                                city: string | null;
                                /** @default null */
                                region: string | null;
                                /** @default null */
                                country: string | null;
                            } | null;
                            date: components["schemas"]["RoundDateBody"];
                            /** @enum {string} */
                            status: "held" | "ongoing" | "proposed";
                            summary: string;
                            parties: {
                                /** @description A party id or alias. */
                                id: string;
                                /** @enum {string} */
                                role: "participant" | "host" | "mediator";
                            }[];
                            evidence: components["schemas"]["EvidenceBody"][];
                            /** @description From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest. */
                            review?: {
                                confidence: number;
                                reason: string;
                            };
                        }[];
                        /** @default [] */
                        proposals: {
                            /** @description Optional on create: made from the party and title when absent. */
                            id?: string;
                            /** @description A party id or alias. */
                            party: string;
                            /** @default null */
                            round: string | null;
                            /** @enum {string} */
                            type: "proposal" | "condition" | "demand" | "assessment";
                            /** @description The issue it is on: a known issue id (`alliance`, `neutrality`, `leaders_meeting`…). */
                            category: string;
                            title: string;
                            /** @description The source's own words: must lie within an article evidence item, when there is one. */
                            text: string;
                            date: components["schemas"]["DateBody"];
                            evidence: components["schemas"]["EvidenceBody"][];
                            /** @description From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest. */
                            review?: {
                                confidence: number;
                                reason: string;
                            };
                        }[];
                        /** @default [] */
                        statements: {
                            /** @description Optional on create: made from the actor and the first words when absent. */
                            id?: string;
                            actor: string;
                            /**
                             * @description A party id or alias; null for independent voices.
                             * @default null
                             */
                            party: string | null;
                            /** @default null */
                            round: string | null;
                            /**
                             * @description Other rounds or proposed events it concerns, where the source ties it to them too; each a known round (its own `round` is left out).
                             * @default []
                             */
                            relatedRounds: string[];
                            /**
                             * @description The issues it speaks to; each a known issue id.
                             * @default []
                             */
                            issues: string[];
                            /** @enum {string} */
                            mode: "direct" | "partial" | "indirect";
                            /** @description A one-line label: the speaker and the gist. Words in “curly quotes” must be words of `text`. Optional on create: made from the actor's name and the text (the quote, for a direct one). */
                            title?: string;
                            /** @description The reported sentence, verbatim: must lie within an article evidence item, when there is one. */
                            text: string;
                            /**
                             * @description The words inside quotation marks in `text`; null for indirect speech.
                             * @default null
                             */
                            quote: string | null;
                            date: components["schemas"]["DateBody"];
                            evidence: components["schemas"]["EvidenceBody"][];
                            /** @description From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest. */
                            review?: {
                                confidence: number;
                                reason: string;
                            };
                        }[];
                        /** @description The drafter's notes for the curator (its summary, the relative dates it resolved, what is undecided). Ignored by ingest, which reports how many undecided facts it left out. */
                        review?: {
                            /**
                             * @description Facts the drafter found but could not settle, with what the curator must decide. Ingest adds none of them: move one into its list once decided.
                             * @default []
                             */
                            undecided: ({
                                kind: string;
                                words: string;
                                decide: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not write. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVersions: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds, 1 to 100.
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page. Opaque: pass it back as it was received. */
                cursor?: string;
                /** @description `csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says. */
                format?: "json" | "csv";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Version"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDataset: {
        parameters: {
            query?: {
                /** @description `json`: one JSON document; `jsonl`: JSON Lines, one item a line; `zip`: one CSV per collection with a Frictionless `datapackage.json`; `sqlite`: a SQLite database of the dataset; `csv`: every row of one `collection`, for a spreadsheet (formula-like cells escaped as in the lists' CSV; `bom` for Excel). Without it, the `Accept` header chooses (`application/json`, `application/x-ndjson`, `application/zip`, `application/vnd.sqlite3`, `text/csv`), JSON when it allows any. */
                format?: "json" | "jsonl" | "zip" | "sqlite" | "csv";
                /** @description The dataset as it was at this version (`/v1/versions` lists them): the same bytes every time it is asked for. Without it, the current version. */
                version?: string;
                /** @description With `format=csv` (and only then): which collection, every row of it in one file, as in the ZIP (`=IMPORTDATA(…)` in Google Sheets). */
                collection?: "rounds" | "proposals" | "parties" | "actors" | "statements" | "sources" | "issues" | "evidence" | "changes";
                /** @description `true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer. */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                    "application/x-ndjson": string;
                    "application/zip": string;
                    "application/vnd.sqlite3": string;
                    "text/csv": string;
                };
            };
            /** @description A parameter, cursor or body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such version yet, or one from before versions were kept. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header asks for a representation this endpoint cannot give. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail is hidden, the request id is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
