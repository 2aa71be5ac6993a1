-- The knowledge platform's published practices as the hub knows them from PracticePublished events
-- (topic knowledge.practices): a read model for similar initiatives, replaced on each new version.
create table published_practice (
    practice_id        varchar(120) primary key,
    kind               varchar(20)  not null,
    title              text         not null,
    summary            text         not null,
    objectives         jsonb        not null,
    guiding_principles jsonb        not null,
    countries          jsonb        not null,
    regions            jsonb        not null,
    organisations      jsonb        not null,
    source_request_id  varchar(120),
    published_at       timestamp(6) with time zone not null,
    received_at        timestamp(6) with time zone not null
);
