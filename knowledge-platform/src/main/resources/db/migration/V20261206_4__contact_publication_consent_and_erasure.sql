-- A practice's contact is personal data (issue 17): it is published only with the submitter's explicit consent.
-- Existing rows were stored without asking, so they have no consent: their contacts stop being shown on published
-- practices and in the open data until an editor or the submitter records one.
alter table practice add column contact_publication_consent boolean not null default false;

-- When the personal data of a rejected practice was erased (who did it is the history line of the erasure).
alter table practice add column personal_data_erased_at timestamptz;

-- An e-mail address may have 254 characters (RFC 5321), as the practice input declares.
alter table practice alter column contact_email type varchar(254);
