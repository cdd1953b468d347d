-- Our own tables beside the engine's; every name starts with asiek_.

create table asiek_activity_sequence (
  sequence_year integer not null primary key,
  last_number   integer not null
);

create table asiek_activity (
  activity_number       varchar(20)   not null primary key,
  process_instance_id   varchar(64)   not null unique,
  agenda_number         varchar(50)   not null,
  letter_number         varchar(100)  not null,
  letter_date           date          not null,
  subject               varchar(200)  not null,
  institution_name      varchar(200)  not null,
  institution_address   varchar(500),
  contact_name          varchar(100)  not null,
  contact_email         varchar(254)  not null,
  contact_phone         varchar(20)   not null,
  proposed_start_date   date          not null,
  proposed_end_date     date          not null,
  expected_participants integer       not null,
  registered_by         varchar(255),
  registered_at         timestamp     not null,
  status                varchar(20)   not null
);

-- One row per mail handed to the SMTP server, keyed by what the process meant to send, so a retried job never
-- sends it twice. Written in its own transaction right after the hand-off.
create table asiek_mail_log (
  message_key  varchar(200)  not null primary key,
  message_id   varchar(255)  not null,
  recipients   varchar(4000) not null,
  subject      varchar(500)  not null,
  sent_at      timestamp     not null
);

create table asiek_holiday (
  holiday_date date         not null primary key,
  name         varchar(200) not null
);

-- Fixed-date national holidays and those that follow Easter (computed). Holidays that follow the Islamic, Chinese,
-- Balinese or Buddhist calendars and the cuti bersama days are set each year by the SKB 3 Menteri: the office adds
-- them (README, "Working calendar").
insert into asiek_holiday (holiday_date, name) values
  (date '2026-01-01', 'Tahun Baru 2026 Masehi'),
  (date '2026-04-03', 'Wafat Yesus Kristus'),
  (date '2026-05-01', 'Hari Buruh Internasional'),
  (date '2026-05-14', 'Kenaikan Yesus Kristus'),
  (date '2026-06-01', 'Hari Lahir Pancasila'),
  (date '2026-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
  (date '2026-12-25', 'Hari Raya Natal'),
  (date '2027-01-01', 'Tahun Baru 2027 Masehi'),
  (date '2027-03-26', 'Wafat Yesus Kristus'),
  (date '2027-05-01', 'Hari Buruh Internasional'),
  (date '2027-05-06', 'Kenaikan Yesus Kristus'),
  (date '2027-06-01', 'Hari Lahir Pancasila'),
  (date '2027-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
  (date '2027-12-25', 'Hari Raya Natal');
