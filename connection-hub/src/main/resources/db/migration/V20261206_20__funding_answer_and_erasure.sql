-- When funding was last requested, so that a request whose answer from the fund never came (its event died) is
-- shown to the secretariat; filled for the requests already there from their history.
alter table country_request add column funding_requested_at timestamp(6) with time zone;
update country_request r set funding_requested_at = (
    select max(t.occurred_at) from request_transition t
    where t.request_id = r.id and t.to_status = 'FUNDING_REQUESTED' and t.action = 'request-funding')
where r.status <> 'DRAFT';
create index country_request_awaiting_fund on country_request (status, funding_requested_at);

-- When the secretariat erased the personal data of a closed request (focal points, who acted, names in text).
alter table country_request add column personal_data_erased_at timestamp(6) with time zone;
