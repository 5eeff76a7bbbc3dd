-- The findings page filtered by outcome (e.g. every 不得下放 row of a province import) pages through this index.
create index decision_import_outcome on decision (import_id, outcome, ordinal);
