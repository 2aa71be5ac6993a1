-- The event tables of every service, shipped by the gcm-events module. Later migrations, here and in the
-- services, are versioned by date (V<yyyymmdd>_<n>), so that they sort in the order they were written.

-- Events waiting to leave (and, for a while, those that left): written in the same transaction as the
-- business change that caused them, published by the relay in order per aggregate.
create table outbox_event (
    position        bigint generated always as identity primary key,
    id              uuid         not null unique,
    topic           varchar(120) not null,
    aggregate_id    varchar(120) not null,
    type            varchar(200) not null,
    envelope        text         not null,
    occurred_at     timestamp(6) with time zone not null,
    published_at    timestamp(6) with time zone,
    attempts        integer      not null default 0,
    last_error      varchar(1000)
);

-- The relay reads the backlog oldest first; the cleanup finds old published rows.
create index outbox_event_backlog on outbox_event (position) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Events this service has already acted on, recorded in the same transaction as the effect: a redelivery
-- finds its id here and changes nothing.
create table processed_event (
    consumer      varchar(120) not null,
    event_id      varchar(200) not null,
    processed_at  timestamp(6) with time zone not null,
    primary key (consumer, event_id)
);
