-- Country requests (DESIGN.md section 3) and their audit trail.
create table country_request (
    id                      uuid primary key,
    title                   varchar(200) not null,
    country                 char(3)      not null,
    authority_level         varchar(20)  not null,
    description             text         not null,
    objectives              jsonb        not null,
    guiding_principles      jsonb        not null,
    support_types           jsonb        not null,
    languages               jsonb        not null,
    budget_amount           numeric(19,2) not null,
    budget_currency         char(3)      not null,
    start_date              date         not null,
    end_date                date         not null,
    focal_points            jsonb        not null,
    status                  varchar(40)  not null,
    created_by              varchar(255) not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    submitted_at            timestamp(6) with time zone,
    assessment_started_at   timestamp(6) with time zone,
    assessment              jsonb,
    requested_amount        numeric(19,2),
    requested_currency      char(3),
    co_funding              jsonb,
    grant_id                varchar(120),
    approved_amount         numeric(19,2),
    approved_currency       char(3),
    funding_decision        text,
    completed_on            date,
    version                 bigint       not null
);
create index country_request_country_status on country_request (country, status);
create index country_request_status_submitted on country_request (status, submitted_at);
create index country_request_objectives on country_request using gin (objectives);

-- Every transition, who made it and why; never updated.
create table request_transition (
    id           bigint generated always as identity primary key,
    request_id   uuid         not null references country_request (id),
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(255) not null,
    actor_role   varchar(40)  not null,
    action       varchar(60)  not null,
    from_status  varchar(40),
    to_status    varchar(40)  not null,
    comment      text
);
create index request_transition_request on request_transition (request_id, id);

-- Advice to the requester, questions of the secretariat and the requester's answers.
create table request_correspondence (
    id           bigint generated always as identity primary key,
    request_id   uuid         not null references country_request (id),
    kind         varchar(30)  not null,
    author       varchar(255) not null,
    author_role  varchar(40)  not null,
    written_at   timestamp(6) with time zone not null,
    text         text         not null
);
create index request_correspondence_request on request_correspondence (request_id, id);
