-- Contributors and their contributions (pledge -> commitment -> deposits, or cancellation).

create table contributor (
    id                varchar(40)  primary key,
    name              varchar(200) not null,
    organisation_type varchar(2)   not null,
    country           char(3),
    contacts          jsonb        not null default '[]',
    demo              boolean      not null default false,
    created_at        timestamptz  not null,
    version           bigint       not null
);

create table contribution (
    id                  uuid          primary key,
    contributor_id      varchar(40)   not null references contributor (id),
    status              varchar(20)   not null,
    amount              numeric(19,2) not null check (amount > 0),
    currency            char(3)       not null,
    earmark_kind        varchar(20)   not null,
    earmark_value       varchar(10),
    pool                varchar(40)   not null,
    pledged_on          date          not null,
    agreement_reference varchar(120),
    committed_on        date,
    cancellation_reason varchar(1000),
    deposited_amount    numeric(19,2) not null default 0,
    deposited_usd       numeric(19,2) not null default 0,
    demo                boolean       not null default false,
    created_at          timestamptz   not null,
    version             bigint        not null
);
create index contribution_contributor on contribution (contributor_id);

create table deposit (
    id              uuid          primary key,
    contribution_id uuid          not null references contribution (id),
    amount          numeric(19,2) not null check (amount > 0),
    currency        char(3)       not null,
    exchange_rate   numeric(24,10) not null check (exchange_rate > 0),
    usd_value       numeric(19,2) not null check (usd_value > 0),
    deposited_on    date          not null,
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null
);
create index deposit_contribution on deposit (contribution_id);
