-- The practice history gets the columns every service's history has (lifecycle's TransitionRecord: occurred_at,
-- actor, actor_role, action, from_status, to_status, comment), so that requests, grants and practices record
-- their moves alike. The API still shows a line as {from, to, actor, reason, at}.

alter table practice_transition rename column reason to comment;
alter table practice_transition rename column at to occurred_at;
alter table practice_transition add column actor_role varchar(40);
alter table practice_transition add column action varchar(60);

-- What each existing line did, from the states it joins (the table of PracticeAction).
update practice_transition set action = case
    when from_status is null then 'create'
    when to_status = 'SUBMITTED' then 'submit'
    when to_status = 'UNDER_REVIEW' and from_status = 'SUBMITTED' then 'start-review'
    when to_status = 'UNDER_REVIEW' and from_status = 'CHANGES_REQUESTED' then 'resubmit'
    when to_status = 'CHANGES_REQUESTED' then 'request-changes'
    when to_status = 'PUBLISHED' and from_status = 'UNDER_REVIEW' then 'publish'
    when to_status = 'PUBLISHED' then 'republish'
    when to_status = 'REJECTED' then 'reject'
    when to_status = 'ARCHIVED' then 'archive'
    else 'unknown'
end;

-- The role acted in, where the line tells it: services' own lines are the system's; only editors start reviews,
-- decide, archive and import. A submitter may have been a member state or any signed-in user: not known.
update practice_transition set actor_role = case
    when actor in ('connection-hub', 'demo-data') then 'system'
    when action in ('start-review', 'request-changes', 'publish', 'republish', 'reject', 'archive') then 'editor'
    when action = 'create' and to_status = 'PUBLISHED' then 'editor'
    else 'unknown'
end;

alter table practice_transition alter column actor_role set not null;
alter table practice_transition alter column action set not null;
