-- Engagements move by actions (domain/EngagementAction) like requests do, so each move is kept the same way:
-- who, in which role, when, from which state to which, and why (the columns of org.gcm.lifecycle.TransitionRecord).
-- Engagements proposed before this version have no lines; their answer stays in engagement.answered_*.
create table engagement_transition (
    id             bigint generated always as identity primary key,
    engagement_id  uuid         not null references engagement (id),
    occurred_at    timestamp(6) with time zone not null,
    actor          varchar(255) not null,
    actor_role     varchar(40)  not null,
    action         varchar(60)  not null,
    from_status    varchar(20),
    to_status      varchar(20)  not null,
    comment        text
);
create index engagement_transition_engagement on engagement_transition (engagement_id, id);
