-- Dead letters an operator replayed (GET /dead-letters, POST /dead-letters/{id}/replay): one row per letter, so the
-- list says which were replayed, by whom and when, and a second replay finds the first and sends nothing.
-- Numbered 90 so that it sorts after the services' own migrations of the same day.
create table dead_letter_replay (
    topic           varchar(249) not null,
    dead_letter_id  varchar(40)  not null,
    event_id        varchar(200) not null,
    replayed_by     varchar(200) not null,
    replayed_at     timestamp(6) with time zone not null,
    outcome         varchar(30)  not null,
    primary key (topic, dead_letter_id)
);
