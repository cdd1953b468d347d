-- The last day of the workshop a certificate was issued for: a workshop of several days is printed as a range
-- ("21–22 Desember 2026"), not as its first day alone.
alter table asiek_certificate add column activity_end_date date;

-- Certificates issued before: the last session day their activity's registration kept, else their one day.
update asiek_certificate set activity_end_date = activity_date;
update asiek_certificate set activity_end_date = (
  select w.last_day from asiek_registration_window w where w.activity_number = asiek_certificate.activity_number)
where exists (
  select 1 from asiek_registration_window w
  where w.activity_number = asiek_certificate.activity_number and w.last_day > asiek_certificate.activity_date);

alter table asiek_certificate alter column activity_end_date set not null;
alter table asiek_certificate add constraint asiek_certificate_days check (activity_end_date >= activity_date);
