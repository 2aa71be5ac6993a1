-- Every move of a contribution (pledge, commitment, each deposit, cancellation): who, in which role, when, why.
create table contribution_transition (
    id              bigint generated always as identity primary key,
    contribution_id uuid         not null references contribution (id),
    occurred_at     timestamp(6) with time zone not null,
    actor           varchar(255) not null,
    actor_role      varchar(40)  not null,
    action          varchar(60)  not null,
    from_status     varchar(40),
    to_status       varchar(40)  not null,
    comment         text
);
create index contribution_transition_contribution on contribution_transition (contribution_id, id);
