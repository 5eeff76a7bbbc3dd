-- An import uploaded to run in the background (Prefer: respond-async, issue #17): its state and how far it has got,
-- kept in the database so every instance can answer GET /api/v1/imports/{id} while it runs. The job's id is the
-- import's: once it is DONE the import itself answers. A RUNNING job whose heartbeat stopped (the instance running it
-- stopped) is reported as failed on read.
create table import_job (
    id            varchar(36) primary key,
    kind          varchar(40) not null,
    file_name     varchar(10000) not null,
    uploaded_by   varchar(200) not null,
    state         varchar(10) not null,
    phase         varchar(10) not null,
    rows_read     integer not null default 0,
    rows_decided  integer not null default 0,
    rows_total    integer,
    failure       text,
    started_at    timestamp not null,
    updated_at    timestamp not null,
    finished_at   timestamp
);
