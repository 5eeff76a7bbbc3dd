-- The matters of each imported 属地管理 responsibility list. Who is responsible is resolved when asked,
-- against the delegation list in force then, so a new lawful delegation changes the answer at once.
create table responsibility_matter (
    import_id   varchar(36) not null references catalog_import (id),
    row_number  integer not null,
    matter_code varchar(100) not null,
    domain      varchar(100) not null,
    body        text not null,
    primary key (import_id, matter_code)
);
