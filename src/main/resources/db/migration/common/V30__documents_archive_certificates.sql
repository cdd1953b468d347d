-- The records of an activity (issue 9), its archive package and its certificates (issue 10). Numbered 30 so that the
-- migrations of the participants and workshop issues, written at the same time, keep the numbers below.

-- One row per stored file; the file itself lives under asiek.documents.dir, named by the id.
create table asiek_document (
  id              varchar(36)   not null primary key,
  activity_number varchar(20)   not null references asiek_activity (activity_number),
  kind            varchar(30)   not null,
  file_name       varchar(255)  not null,
  size_bytes      bigint        not null,
  sha256          char(64)      not null,
  media_type      varchar(200)  not null,
  uploaded_by     varchar(255)  not null,
  uploaded_at     timestamp with time zone not null
);
create index asiek_document_activity on asiek_document (activity_number, kind);

-- A resumable upload (tus) in progress: what it will become; how much has arrived is the partial file's length.
create table asiek_upload (
  id              varchar(36)   not null primary key,
  activity_number varchar(20)   not null references asiek_activity (activity_number),
  kind            varchar(30)   not null,
  file_name       varchar(255)  not null,
  length_bytes    bigint        not null,
  sha256          char(64)      not null,
  created_by      varchar(255)  not null,
  created_at      timestamp with time zone not null,
  updated_at      timestamp with time zone not null,
  -- set when the upload became a document; kept until it expires so a client that lost the last answer learns it
  document_id     varchar(36)
);

-- One BagIt package per activity; written once, verified by the fixity job.
create table asiek_archive (
  activity_number  varchar(20)   not null primary key references asiek_activity (activity_number),
  bag_path         varchar(1000) not null,
  payload_oxum     varchar(50)   not null,
  bagging_date     date          not null,
  created_at       timestamp with time zone not null,
  last_verified_at timestamp with time zone not null,
  intact           boolean       not null,
  problems         varchar(4000)
);

-- A certificate of attendance; the code is what the QR code and the public page carry.
create table asiek_certificate (
  code             varchar(19)   not null primary key,
  activity_number  varchar(20)   not null references asiek_activity (activity_number),
  participant_name varchar(200)  not null,
  participant_ref  varchar(100),
  activity_title   varchar(300)  not null,
  activity_date    date          not null,
  issued_at        timestamp with time zone not null,
  issued_by        varchar(255)  not null
);
create unique index asiek_certificate_participant on asiek_certificate (activity_number, participant_ref);
