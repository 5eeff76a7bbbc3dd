-- An import's decisions page by page without counting through them (a province import has 300,000): each keeps
-- its place in the import, and each rule that found something in it is listed by that place.
alter table decision add column ordinal integer;
create index decision_import_ordinal on decision (import_id, ordinal);
create table decision_finding (
    import_id   varchar(36) not null references catalog_import (id),
    rule_id     varchar(20) not null,
    ordinal     integer not null,
    decision_id varchar(36) not null,
    primary key (import_id, rule_id, ordinal)
);
