-- The same exclusion constraint, with the period first: the conflict check asks "which holds of these resources meet
-- this period" without naming a unit, and a GiST index led by the period answers that in a few pages however many units
-- a pool has (docs/BENCHMARKS.md).
alter table asiek_booking_unit drop constraint asiek_booking_unit_no_overlap;
alter table asiek_booking_unit add constraint asiek_booking_unit_no_overlap
  exclude using gist (blocked with &&, resource_id with =, unit_no with =);
