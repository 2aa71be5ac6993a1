-- Reference data of the Global Compact for Migration, as adopted (resolution 73/195).
-- Source: the project's reference set (gcm-objectives.tsv, gcm-guiding-principles.tsv, fund-thematic-areas.tsv).
-- The thematic areas and their objective mapping are the fund's best-known default, not an official table:
-- change them with a new migration, never by editing this one.

create table gcm_objective (
    number      integer primary key check (number between 1 and 23),
    short_label varchar(80)  not null,
    title       varchar(255) not null
);

create table guiding_principle (
    code  varchar(40)  primary key,
    label varchar(120) not null
);

create table thematic_area (
    code  varchar(8)   primary key,
    title varchar(255) not null
);

create table thematic_area_objective (
    thematic_area_code varchar(8) not null references thematic_area (code),
    objective_number   integer    not null references gcm_objective (number),
    primary key (thematic_area_code, objective_number)
);

insert into gcm_objective (number, short_label, title) values
    (1, 'Data', 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies'),
    (2, 'Minimize adverse drivers', 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin'),
    (3, 'Information provision', 'Provide accurate and timely information at all stages of migration'),
    (4, 'Legal identity and documentation', 'Ensure that all migrants have proof of legal identity and adequate documentation'),
    (5, 'Regular pathways', 'Enhance availability and flexibility of pathways for regular migration'),
    (6, 'Fair recruitment and decent work', 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work'),
    (7, 'Reduce vulnerabilities', 'Address and reduce vulnerabilities in migration'),
    (8, 'Save lives and missing migrants', 'Save lives and establish coordinated international efforts on missing migrants'),
    (9, 'Smuggling of migrants', 'Strengthen the transnational response to smuggling of migrants'),
    (10, 'Trafficking in persons', 'Prevent, combat and eradicate trafficking in persons in the context of international migration'),
    (11, 'Border management', 'Manage borders in an integrated, secure and coordinated manner'),
    (12, 'Screening and referral', 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral'),
    (13, 'Alternatives to detention', 'Use migration detention only as a measure of last resort and work towards alternatives'),
    (14, 'Consular protection', 'Enhance consular protection, assistance and cooperation throughout the migration cycle'),
    (15, 'Access to basic services', 'Provide access to basic services for migrants'),
    (16, 'Inclusion and social cohesion', 'Empower migrants and societies to realize full inclusion and social cohesion'),
    (17, 'Eliminate discrimination', 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration'),
    (18, 'Skills development and recognition', 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences'),
    (19, 'Migrant and diaspora contributions', 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries'),
    (20, 'Remittances and financial inclusion', 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants'),
    (21, 'Return and reintegration', 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration'),
    (22, 'Portability of social security', 'Establish mechanisms for the portability of social security entitlements and earned benefits'),
    (23, 'International cooperation', 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration');

insert into guiding_principle (code, label) values
    ('people-centred', 'People-centred'),
    ('international-cooperation', 'International cooperation'),
    ('national-sovereignty', 'National sovereignty'),
    ('rule-of-law', 'Rule of law and due process'),
    ('sustainable-development', 'Sustainable development'),
    ('human-rights', 'Human rights'),
    ('gender-responsive', 'Gender-responsive'),
    ('child-sensitive', 'Child-sensitive'),
    ('whole-of-government', 'Whole-of-government approach'),
    ('whole-of-society', 'Whole-of-society approach');

insert into thematic_area (code, title) values
    ('TA1', 'Promoting fact-based and data-driven migration discourse, policy and planning'),
    ('TA2', 'Protecting the human rights, safety and wellbeing of migrants, including through addressing drivers and mitigating situations of vulnerability in migration'),
    ('TA3', 'Addressing irregular migration, including through managing borders and combatting transnational crime'),
    ('TA4', 'Facilitating regular migration, decent work and enhancing the positive development effects of human mobility'),
    ('TA5', 'Improving the social inclusion and integration of migrants');

insert into thematic_area_objective (thematic_area_code, objective_number) values
    ('TA1', 1),
    ('TA1', 3),
    ('TA1', 17),
    ('TA1', 23),
    ('TA2', 2),
    ('TA2', 7),
    ('TA2', 8),
    ('TA2', 12),
    ('TA2', 13),
    ('TA3', 9),
    ('TA3', 10),
    ('TA3', 11),
    ('TA3', 14),
    ('TA3', 21),
    ('TA4', 5),
    ('TA4', 6),
    ('TA4', 18),
    ('TA4', 19),
    ('TA4', 20),
    ('TA4', 22),
    ('TA5', 4),
    ('TA5', 15),
    ('TA5', 16);
