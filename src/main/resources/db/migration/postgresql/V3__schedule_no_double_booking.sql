-- No two bookings may hold the same unit of a resource at overlapping times: enforced by PostgreSQL itself, so
-- concurrent bookings cannot double-book whatever the application does.
create extension if not exists btree_gist;

alter table asiek_booking_unit
  add column blocked tstzrange generated always as (tstzrange(blocked_from, blocked_until, '[)')) stored;

alter table asiek_booking_unit
  add constraint asiek_booking_unit_no_overlap
  exclude using gist (resource_id with =, unit_no with =, blocked with &&);
