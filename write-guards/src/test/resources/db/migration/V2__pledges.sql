-- Test fixture: a versioned resource created by keyed POSTs.
create table pledge (
    id      bigint generated always as identity primary key,
    donor   varchar(100) not null,
    amount  numeric(19, 2) not null,
    version bigint not null
);
