-- The web page shows an import's findings by rule, by township and row by row (issue #8). The tally is
-- made once when the import is stored (an import never changes); each decision keeps its sheet row.
alter table catalog_import add column findings text;
alter table decision add column row_number integer;
alter table decision add column rule_ids varchar(1000);
create index decision_import on decision (import_id, seq);
