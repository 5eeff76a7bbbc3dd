-- The list amendments admitted admission requests require (DUTY-06, LX24): one row per township and request.
-- Pending until the county imports a list of that township containing the item (worked out on read).
create table list_amendment (
    decision_id     varchar(36) not null,
    township_code   varchar(20) not null,
    list            varchar(20) not null,
    item_name       varchar(10000) not null,
    township_duties varchar(10000),
    legal_basis     varchar(10000),
    reason          varchar(10000),
    request_id      varchar(10000),
    recorded_at     timestamp not null,
    primary key (decision_id, township_code)
);
create index list_amendment_township on list_amendment (township_code);
