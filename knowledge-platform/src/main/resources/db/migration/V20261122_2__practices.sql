-- Practices, evidence, initiatives, review inputs and tools (DESIGN.md section 3), their peer review, history,
-- imports, and the full-text search columns.
--
-- Search: one tsvector column per UN language that PostgreSQL has a text-search configuration for (english,
-- french, spanish, russian, arabic) and 'simple' for Chinese (PostgreSQL has no Chinese parser: runs of
-- characters are kept whole). Each column is generated from that language's title (weight A), summary (B)
-- and, when it is the original language, the body (C); each has a GIN index. Tags are arrays with GIN indexes.

create table practice (
    id                   uuid         primary key,
    kind                 varchar(20)  not null check (kind in ('PRACTICE', 'EVIDENCE', 'INITIATIVE', 'REVIEW_INPUT', 'TOOL')),
    status               varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED',
                                                                 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
    original_language    varchar(2)   not null check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    titles               jsonb        not null,
    summaries            jsonb        not null,
    languages            text[]       not null,
    body                 text,
    objectives           integer[]    not null check (cardinality(objectives) >= 1),
    principles           text[]       not null default '{}',
    countries            text[]       not null default '{}',
    regions              text[]       not null default '{}',
    organisations        text[]       not null default '{}',
    partners             text[]       not null default '{}',
    timeframe_start      date,
    timeframe_end        date,
    results              text,
    lessons_learned      text,
    links                text[]       not null default '{}',
    contact_name         varchar(200),
    contact_email        varchar(200),
    licence              varchar(60),
    forum                varchar(20),
    submitter_type       varchar(20)  check (submitter_type in ('MEMBER_STATE', 'STAKEHOLDER', 'UN')),
    level                varchar(20)  check (level in ('LOCAL', 'NATIONAL', 'REGIONAL', 'GLOBAL')),
    submitted_by         varchar(255) not null,
    owner_country        varchar(3),
    source_request_id    varchar(120) unique,
    source               varchar(120),
    source_id            varchar(200),
    retrieved_at         timestamptz,
    demo                 boolean      not null default false,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    published_at         timestamptz,
    year                 integer      not null,
    version              bigint       not null,
    unique (source, source_id),
    search_en tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, coalesce(titles ->> 'en', '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(summaries ->> 'en', '')), 'B')
        || setweight(to_tsvector('english'::regconfig, case when original_language = 'en' then coalesce(body, '') else '' end), 'C')) stored,
    search_fr tsvector generated always as (
        setweight(to_tsvector('french'::regconfig, coalesce(titles ->> 'fr', '')), 'A')
        || setweight(to_tsvector('french'::regconfig, coalesce(summaries ->> 'fr', '')), 'B')
        || setweight(to_tsvector('french'::regconfig, case when original_language = 'fr' then coalesce(body, '') else '' end), 'C')) stored,
    search_es tsvector generated always as (
        setweight(to_tsvector('spanish'::regconfig, coalesce(titles ->> 'es', '')), 'A')
        || setweight(to_tsvector('spanish'::regconfig, coalesce(summaries ->> 'es', '')), 'B')
        || setweight(to_tsvector('spanish'::regconfig, case when original_language = 'es' then coalesce(body, '') else '' end), 'C')) stored,
    search_ru tsvector generated always as (
        setweight(to_tsvector('russian'::regconfig, coalesce(titles ->> 'ru', '')), 'A')
        || setweight(to_tsvector('russian'::regconfig, coalesce(summaries ->> 'ru', '')), 'B')
        || setweight(to_tsvector('russian'::regconfig, case when original_language = 'ru' then coalesce(body, '') else '' end), 'C')) stored,
    search_ar tsvector generated always as (
        setweight(to_tsvector('arabic'::regconfig, coalesce(titles ->> 'ar', '')), 'A')
        || setweight(to_tsvector('arabic'::regconfig, coalesce(summaries ->> 'ar', '')), 'B')
        || setweight(to_tsvector('arabic'::regconfig, case when original_language = 'ar' then coalesce(body, '') else '' end), 'C')) stored,
    search_zh tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, coalesce(titles ->> 'zh', '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(summaries ->> 'zh', '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, case when original_language = 'zh' then coalesce(body, '') else '' end), 'C')) stored
);

create index practice_search_en on practice using gin (search_en);
create index practice_search_fr on practice using gin (search_fr);
create index practice_search_es on practice using gin (search_es);
create index practice_search_ru on practice using gin (search_ru);
create index practice_search_ar on practice using gin (search_ar);
create index practice_search_zh on practice using gin (search_zh);
create index practice_objectives on practice using gin (objectives);
create index practice_principles on practice using gin (principles);
create index practice_countries on practice using gin (countries);
create index practice_regions on practice using gin (regions);
create index practice_languages on practice using gin (languages);
create index practice_status_published on practice (status, published_at desc, id desc);
create index practice_submitted_by on practice (submitted_by);
create index practice_forum on practice (forum) where forum is not null;

create table review_assignment (
    id                 uuid         primary key,
    practice_id        uuid         not null references practice (id),
    reviewer           varchar(255) not null,
    affiliation        varchar(10)  not null check (affiliation in ('UN', 'EXTERNAL')),
    state              varchar(20)  not null check (state in ('ASSIGNED', 'CLEARED', 'CONFLICTED')),
    conflict_statement text,
    recommendation     varchar(20)  check (recommendation in ('PUBLISH', 'REQUEST_CHANGES', 'REJECT')),
    comments           text,
    assigned_by        varchar(255) not null,
    assigned_at        timestamptz  not null,
    declared_at        timestamptz,
    recommended_at     timestamptz,
    version            bigint       not null
);
create index review_assignment_practice on review_assignment (practice_id);
create index review_assignment_reviewer on review_assignment (reviewer);

create table practice_transition (
    id          uuid         primary key,
    practice_id uuid         not null references practice (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    actor       varchar(255) not null,
    reason      text,
    at          timestamptz  not null
);
create index practice_transition_practice on practice_transition (practice_id, at);

create table practice_import (
    id          uuid         primary key,
    source      varchar(120) not null,
    format      varchar(10)  not null check (format in ('CSV', 'JSON')),
    retrieved_at timestamptz not null,
    state       varchar(20)  not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_total  integer      not null,
    rows_done   integer      not null,
    created_count integer    not null,
    updated_count integer    not null,
    rejected_count integer   not null,
    failure     text,
    content     text         not null,
    started_by  varchar(255) not null,
    created_at  timestamptz  not null,
    finished_at timestamptz,
    version     bigint       not null
);

create table import_rejection (
    id          uuid         primary key,
    import_id   uuid         not null references practice_import (id),
    row_number  integer      not null,
    source_id   varchar(200),
    field       varchar(120) not null,
    message     text         not null
);
create index import_rejection_import on import_rejection (import_id, row_number);
