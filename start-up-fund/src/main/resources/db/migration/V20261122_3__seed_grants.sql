-- Seed-grant applications, from request to closure.

create sequence seed_grant_approval_order;

create table seed_grant (
    id                         uuid          primary key,
    request_id                 varchar(120)  not null,
    source_event_id            varchar(200)  unique,
    requesting_country         char(3)       not null,
    authority_level            varchar(20)   not null,
    title                      varchar(300)  not null,
    description                text          not null,
    objectives                 jsonb         not null,
    requested_amount           numeric(19,2) not null,
    requested_currency         char(3)       not null,
    estimated_budget           numeric(19,2) not null,
    estimated_budget_currency  char(3)       not null,
    co_funding                 jsonb         not null default '[]',
    start_date                 date          not null,
    end_date                   date          not null,
    implementing_organisations jsonb         not null,
    gender_marker              integer,
    human_rights_marker        integer,
    status                     varchar(20)   not null,
    screening                  jsonb,
    approved_amount            numeric(19,2),
    indirect_cost              numeric(19,2),
    approval_order             bigint,
    decided_at                 timestamptz,
    decided_by                 varchar(200),
    rejection_reason           varchar(2000),
    final_expenditure          numeric(19,2),
    final_report               text,
    refunded                   numeric(19,2),
    released                   numeric(19,2),
    closed_at                  timestamptz,
    demo                       boolean       not null default false,
    opened_at                  timestamptz   not null,
    version                    bigint        not null
);
create index seed_grant_status on seed_grant (status, approval_order);
create index seed_grant_country on seed_grant (requesting_country);

-- Where an approved grant's money is reserved, pool by pool, in the order it was drawn.
create table grant_allocation (
    id            uuid          primary key,
    grant_id      uuid          not null references seed_grant (id),
    position      integer       not null,
    pool          varchar(40)   not null references pool_balance (pool),
    reserved      numeric(19,2) not null check (reserved > 0),
    transferred   numeric(19,2) not null default 0,
    indirect_cost numeric(19,2) not null default 0,
    released      numeric(19,2) not null default 0,
    refunded      numeric(19,2) not null default 0,
    unique (grant_id, position),
    check (transferred + indirect_cost + released <= reserved),
    check (refunded <= transferred)
);

create table tranche (
    id            uuid          primary key,
    grant_id      uuid          not null references seed_grant (id),
    number        integer       not null,
    amount        numeric(19,2) not null check (amount > 0),
    planned_on    date          not null,
    status        varchar(20)   not null,
    indirect_cost numeric(19,2),
    disbursed_on  date,
    disbursed_by  varchar(200),
    version       bigint        not null,
    unique (grant_id, number)
);

create table review_note (
    id          uuid          primary key,
    grant_id    uuid          not null references seed_grant (id),
    author      varchar(200)  not null,
    author_role varchar(40)   not null,
    text        varchar(4000) not null,
    written_at  timestamptz   not null
);
create index review_note_grant on review_note (grant_id, written_at);

create table follow_on_funding (
    id          uuid          primary key,
    grant_id    uuid          not null references seed_grant (id),
    source      varchar(300)  not null,
    amount      numeric(19,2) not null check (amount > 0),
    secured_on  date          not null,
    recorded_by varchar(200)  not null,
    recorded_at timestamptz   not null
);
create index follow_on_funding_grant on follow_on_funding (grant_id);
