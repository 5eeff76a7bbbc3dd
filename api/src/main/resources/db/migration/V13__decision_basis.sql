-- A decision is kept as its own values (the findings' rule ids, messages and fields, its dates, its input) and the
-- key of its basis: what thousands of decisions share — the rule-set version, the rules evaluated with their severity
-- and clauses, the province parameter rows in force, and the rules' fixed wording — stored once here (issue #17: a
-- province's 300,000 decisions in ≤ 1 KB each). The key is the start of the SHA-256 of the content, so a basis edited
-- in the database no longer matches it (GET /api/v1/decisions/verify). The kept form is compressed (raw deflate)
-- against the basis's wording into decision.kept; decisions stored before keep their whole body and version column.
create table decision_basis (
    basis_key  varchar(24) primary key,
    content    text not null
);
alter table decision alter column rule_set_version drop not null;
alter table decision alter column body drop not null;
alter table decision add column basis_key varchar(24);
alter table decision add column kept bytea;
-- an import's decisions are found and paged through (import_id, ordinal) and (import_id, outcome, ordinal)
drop index decision_import;
