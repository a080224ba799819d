-- A reviewer's score may come from the criteria: each override then keeps the points of every criterion and
-- whether each misconception applies, and the free adjustment on top. Older overrides have no marks and no
-- adjustment: they are whole-answer scores, read as the engine's criteria plus an adjustment.
alter table score_override add column adjustment double precision;

create table score_override_mark (
    override_id bigint not null references score_override (id),
    mark_index integer not null,
    kind varchar(16) not null,
    item_id varchar(200) not null,
    points double precision not null,
    changed boolean not null,
    primary key (override_id, mark_index)
);
