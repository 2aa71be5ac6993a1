-- The partner registry: UN and non-UN organisations that can implement requests (para 43 (a)(ii)).
create table partner (
    id                     varchar(60)  primary key,
    name                   varchar(200) not null,
    acronym                varchar(40),
    un_entity              boolean      not null,
    organisation_type      integer      not null,
    expertise              jsonb        not null,
    countries              jsonb        not null,
    languages              jsonb        not null,
    capacity               integer      not null,
    active_engagements     integer      not null,
    completed_engagements  integer      not null,
    verification           varchar(20)  not null,
    website                varchar(500),
    demo                   boolean      not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    version                bigint       not null
);

-- A partner's proposed role in a request's implementation, and its answer (para 43 (a)(iv)).
create table engagement (
    id            uuid primary key,
    request_id    uuid         not null references country_request (id),
    partner_id    varchar(60)  not null references partner (id),
    role          varchar(20)  not null,
    status        varchar(20)  not null,
    note          text,
    proposed_by   varchar(255) not null,
    proposed_at   timestamp(6) with time zone not null,
    answered_by   varchar(255),
    answered_at   timestamp(6) with time zone,
    answer        text,
    version       bigint       not null
);
create index engagement_request on engagement (request_id);
create index engagement_partner on engagement (partner_id, status);
