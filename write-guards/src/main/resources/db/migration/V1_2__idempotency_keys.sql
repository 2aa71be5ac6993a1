-- Shipped by the gcm-write-guards module: the creating POSTs each caller made with an Idempotency-Key, and
-- the answer they got, so that a retry gets the same answer and creates nothing. A row is written in the
-- same transaction as the creation: a creation that failed leaves no key behind.
create table idempotency_key (
    caller          varchar(255) not null,
    scope           varchar(300) not null,
    idempotency_key varchar(255) not null,
    fingerprint     char(64)     not null,
    status          integer,
    location        varchar(2000),
    entity_tag      varchar(100),
    body            text,
    created_at      timestamp(6) with time zone not null,
    primary key (caller, scope, idempotency_key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
