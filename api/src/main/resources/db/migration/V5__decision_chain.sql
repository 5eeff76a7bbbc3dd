-- ZB5 二 全程留痕、可追溯: each decision records the hash of the one stored before it, so a row changed
-- behind the service's back breaks the chain from that row on (GET /api/v1/decisions/verify).
alter table decision add column prev_hash varchar(64) default '' not null;
alter table decision add column hash varchar(64) default '' not null;
