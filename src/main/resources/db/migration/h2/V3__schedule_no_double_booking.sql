-- H2 has no exclusion constraints: ScheduleRepository locks the resource rows while it books (select … for update),
-- which serialises bookings of the same resource. This index serves the overlap queries.
create index asiek_booking_unit_overlap on asiek_booking_unit (resource_id, unit_no, blocked_from, blocked_until);
