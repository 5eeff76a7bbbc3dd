-- The townships' three duty lists (乡镇履行职责事项清单, LZQD), one row per item of an import.
create table duty_item (
    import_id         varchar(36) not null references catalog_import (id),
    township_code     varchar(20) not null,
    list              varchar(20) not null,
    item_no           varchar(100) not null,
    name              varchar(500) not null,
    domain            varchar(100),
    lead_department   varchar(200),
    township_duties   varchar(2000),
    department_duties varchar(2000),
    legal_basis       varchar(2000),
    primary key (import_id, township_code, list, item_no)
);
create index duty_item_township on duty_item (township_code);
