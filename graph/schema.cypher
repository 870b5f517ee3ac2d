// Claimtrace graph schema: constraints and indexes, applied by `npm run seed` / `npm run ingest`.
// Every statement is idempotent (IF NOT EXISTS). Statements are separated by semicolons at line ends.
// Neo4j Community supports uniqueness constraints (each backed by a range index) and full-text indexes.

// Identity: one node per id; each constraint also gives the lookup index every query starts from.
CREATE CONSTRAINT article_slug IF NOT EXISTS FOR (a:Article) REQUIRE a.slug IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (w:Work) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (p:Author) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT venue_id IF NOT EXISTS FOR (v:Venue) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (k:Concept) REQUIRE k.id IS UNIQUE;
// The one node that counts writes (lib/neo4j/graph-revision.ts); unique so concurrent writers meet it.
CREATE CONSTRAINT graph_revision_id IF NOT EXISTS FOR (r:GraphRevision) REQUIRE r.id IS UNIQUE;

// Filters the explorer and the audit apply.
CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind);
CREATE INDEX work_year IF NOT EXISTS FOR (w:Work) ON (w.year);
CREATE INDEX author_family IF NOT EXISTS FOR (p:Author) ON (p.family);
CREATE INDEX concept_label IF NOT EXISTS FOR (k:Concept) ON (k.label);
CREATE INDEX references_listed IF NOT EXISTS FOR ()-[r:REFERENCES]-() ON (r.listed);
CREATE INDEX cites_number IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.number);

// One search box over claims, works and authors.
CREATE FULLTEXT INDEX claimtrace_search IF NOT EXISTS
FOR (n:Claim|Work|Author) ON EACH [n.text, n.title, n.display];

// What outside sources say about cited works (docs/decisions/013-source-checks.md). A check is kept
// by the id of the work it was made for, apart from the Work node, which the loader rewrites.
CREATE CONSTRAINT source_check_work IF NOT EXISTS FOR (s:SourceCheck) REQUIRE s.workId IS UNIQUE;
// Retraction Watch data: one node per record of the loaded file; the one RetractionSource node
// names the dataset in force, so a load in progress or a failed one is never read.
CREATE CONSTRAINT retraction_id IF NOT EXISTS FOR (r:Retraction) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT retraction_source_id IF NOT EXISTS FOR (d:RetractionSource) REQUIRE d.id IS UNIQUE;
CREATE INDEX retraction_doi IF NOT EXISTS FOR (r:Retraction) ON (r.doi);
CREATE INDEX retraction_pmid IF NOT EXISTS FOR (r:Retraction) ON (r.pmid);
CREATE INDEX retraction_title_key IF NOT EXISTS FOR (r:Retraction) ON (r.titleKey);
CREATE INDEX retraction_dataset IF NOT EXISTS FOR (r:Retraction) ON (r.dataset);
