-- History lines are numbered like every other history table's (lifecycle's TransitionRecord: an identity id that
-- orders the lines) instead of carrying a random UUID. Existing lines are numbered in the order they happened.
alter table practice_transition drop constraint practice_transition_pkey;
alter table practice_transition rename column id to old_id;
alter table practice_transition add column id bigint;
update practice_transition line set id = numbered.n
from (select old_id, row_number() over (order by occurred_at, old_id) as n from practice_transition) numbered
where numbered.old_id = line.old_id;
alter table practice_transition drop column old_id;
alter table practice_transition alter column id set not null;
alter table practice_transition alter column id add generated always as identity;
select setval(pg_get_serial_sequence('practice_transition', 'id'), coalesce(max(id), 0) + 1, false)
from practice_transition;
alter table practice_transition add primary key (id);
