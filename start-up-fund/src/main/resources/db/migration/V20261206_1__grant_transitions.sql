-- Every move of a seed grant, who made it (token subject, or the service whose event caused it), in which role,
-- and why; never updated. The columns are those of every history table (gcm-lifecycle's TransitionRecord).
create table grant_transition (
    id           bigint generated always as identity primary key,
    grant_id     uuid         not null references seed_grant (id),
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(255) not null,
    actor_role   varchar(40)  not null,
    action       varchar(60)  not null,
    from_status  varchar(40),
    to_status    varchar(40)  not null,
    comment      text
);
create index grant_transition_grant on grant_transition (grant_id, id);
