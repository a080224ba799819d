-- The codes of each grade's flags, one row each, so lists count and filter flags without reading reports. Grades
-- stored before this table are filled from their reports by the next migration.
create table grade_flag (
    grade_id bigint not null references grade (id),
    flag_index integer not null,
    code varchar(40) not null,
    primary key (grade_id, flag_index)
);

create index grade_flag_code_idx on grade_flag (code, grade_id);
