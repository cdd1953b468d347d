-- Keeps H2's migration versions in step with PostgreSQL's V4 (which reorders the exclusion constraint); H2 has none.
create index asiek_booking_unit_period on asiek_booking_unit (blocked_from, blocked_until);
