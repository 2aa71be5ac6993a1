-- The fund's books, in US dollars. Every money movement is one ledger_transaction of balanced entries
-- (sum of debits = sum of credits, checked at commit). pool_balance holds, per pool, the running totals of
-- the entries, maintained in the same transaction as the entries: a constant-time read that can never show
-- a negative available or reserved balance, and whose columns always satisfy the accounting identity.

create table pool_balance (
    pool                      varchar(40)   primary key,
    earmark_kind              varchar(20)   not null,
    earmark_value             varchar(10),
    contributions             numeric(19,2) not null default 0,
    interest                  numeric(19,2) not null default 0,
    transfers                 numeric(19,2) not null default 0,
    refunds                   numeric(19,2) not null default 0,
    administrative_agent_fees numeric(19,2) not null default 0,
    indirect_costs            numeric(19,2) not null default 0,
    available                 numeric(19,2) not null default 0,
    reserved                  numeric(19,2) not null default 0,
    constraint pool_available_not_negative check (available >= 0),
    constraint pool_reserved_not_negative check (reserved >= 0),
    constraint pool_balance_identity check (available + reserved =
        contributions + interest - transfers + refunds - administrative_agent_fees - indirect_costs)
);

create table ledger_transaction (
    id              uuid         primary key,
    kind            varchar(30)  not null,
    value_date      date         not null,
    recorded_at     timestamptz  not null,
    contribution_id uuid,
    deposit_id      uuid,
    grant_id        uuid,
    tranche_number  integer,
    description     varchar(500) not null
);
create index ledger_transaction_grant on ledger_transaction (grant_id);

create table ledger_entry (
    id             bigint generated always as identity primary key,
    transaction_id uuid          not null references ledger_transaction (id),
    pool           varchar(40)   not null references pool_balance (pool),
    account        varchar(30)   not null,
    debit          numeric(19,2) not null default 0,
    credit         numeric(19,2) not null default 0,
    constraint ledger_entry_one_side check (debit >= 0 and credit >= 0 and ((debit = 0) <> (credit = 0)))
);
create index ledger_entry_transaction on ledger_entry (transaction_id);
create index ledger_entry_pool on ledger_entry (pool, id);

-- Double entry: at commit, every transaction that received entries must balance.
create function ledger_transaction_balances() returns trigger language plpgsql as $$
declare
    unbalanced numeric(19,2);
begin
    select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) into unbalanced
    from ledger_entry where transaction_id = new.transaction_id;
    if unbalanced <> 0 then
        raise exception 'ledger transaction % does not balance: debits - credits = %', new.transaction_id, unbalanced;
    end if;
    return null;
end;
$$;

create constraint trigger ledger_entry_balanced
    after insert on ledger_entry
    deferrable initially deferred
    for each row execute function ledger_transaction_balances();

-- Entries are never edited nor deleted.
create function ledger_entry_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are never changed or deleted; post a correcting transaction instead';
end;
$$;

create trigger ledger_entry_immutable
    before update or delete on ledger_entry
    for each row execute function ledger_entry_is_immutable();
