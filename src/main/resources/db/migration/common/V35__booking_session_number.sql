-- The number of the session a booking serves (1, 2, 3 …, in the order of the sessions when they were agreed). It names
-- the session's event in every iCalendar invitation (UID <activity>-<number>@pustaka-asiek), so a session moved on the
-- day keeps its UID and calendar clients update the event instead of swapping two. Numbered 35, above the other issues'.
alter table asiek_booking add column session_no integer;

-- Bookings made before: their sessions numbered by start, as their invitations numbered them.
update asiek_booking set session_no = (
  select count(distinct o.starts_at) from asiek_booking o
  where o.activity_number = asiek_booking.activity_number and o.starts_at <= asiek_booking.starts_at)
where activity_number is not null;
