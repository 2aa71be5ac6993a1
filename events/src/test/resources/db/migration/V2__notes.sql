-- Test fixture only: a tiny aggregate whose changes emit events, and the effect its consumer records.
create table note (
    id   uuid primary key,
    text varchar(200) not null
);

create table note_copy (
    seq      bigint generated always as identity primary key,
    event_id varchar(200) not null,
    note_id  uuid not null,
    text     varchar(200) not null
);
