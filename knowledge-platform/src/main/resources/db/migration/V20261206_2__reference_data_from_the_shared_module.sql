-- The objectives, guiding principles, thematic areas and UN M49 areas now come from the one shared copy
-- (the gcm-reference-data module), read at start-up; this service's own copy goes. Nothing else refers to these
-- tables: practices store the codes as plain values (objectives integer[], principles/countries/regions text[]).

drop table thematic_area_objective;
drop table thematic_area;
drop table guiding_principle;
drop table gcm_objective;
drop table m49_area;
