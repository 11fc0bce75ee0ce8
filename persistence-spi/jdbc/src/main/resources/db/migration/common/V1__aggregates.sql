-- Senior Tutor Kit: one table per aggregate, written for both H2 and PostgreSQL.
-- Special-category columns (students.complex_needs, meetings.private_note, cases.payload) are stored as given:
-- encrypting them at rest (disk or column encryption) and restricting who can read them is the database's job.

create table students (
  id            varchar(64)   not null primary key,
  full_name     varchar(1000) not null,
  email         varchar(320),
  department    varchar(64)   not null,
  programme     varchar(64)   not null,
  level         varchar(32)   not null,
  year_of_study integer       not null,
  entry_year    integer       not null,
  status        varchar(32)   not null,
  complex_needs varchar(2000) not null,
  version       bigint        not null
);
create index students_by_scope on students (department, level, entry_year);

create table staff (
  id             varchar(64)      not null primary key,
  full_name      varchar(1000)    not null,
  email          varchar(320),
  department     varchar(64)      not null,
  roles          varchar(2000)    not null,
  fte            double precision not null,
  tutoring_since date,
  qualified_for  varchar(2000)    not null,
  research_areas varchar          not null,
  on_leave       varchar(2000)    not null,
  training       varchar          not null,
  version        bigint           not null
);
create index staff_by_department on staff (department);

create table tutor_assignments (
  student_id    varchar(64) not null,
  academic_year integer     not null,
  tutor_id      varchar(64) not null,
  origin        varchar(32) not null,
  made_on       date        not null,
  version       bigint      not null,
  primary key (student_id, academic_year)
);
create index tutor_assignments_by_tutor on tutor_assignments (tutor_id, academic_year);

create table meetings (
  id           varchar(64) not null primary key,
  student_id   varchar(64) not null,
  tutor_id     varchar(64) not null,
  held_on      date        not null,
  kind         varchar(32) not null,
  requested_by varchar(32) not null,
  private_note varchar,
  version      bigint      not null
);
create index meetings_by_student on meetings (student_id);
create index meetings_by_tutor on meetings (tutor_id);

create table cases (
  id            varchar(64)  not null primary key,
  kind          varchar(100) not null,
  student_id    varchar(64)  not null,
  department    varchar(64)  not null,
  level         varchar(32)  not null,
  academic_year integer      not null,
  state         varchar(100) not null,
  payload       varchar      not null,
  version       bigint       not null
);
create index cases_by_scope on cases (department, level, academic_year);
create index cases_by_student on cases (student_id);

create table audit_log (
  sequence      bigint                   not null primary key,
  at            timestamp with time zone not null,
  actor         varchar(200)             not null,
  action        varchar(200)             not null,
  student_id    varchar(64),
  purpose       varchar(1000)            not null,
  previous_hash varchar(200)             not null,
  hash          varchar(200)             not null
);
create index audit_log_by_student on audit_log (student_id);

create table policy_packs (
  id             varchar(64) not null,
  pack_version   varchar(32) not null,
  effective_from date        not null,
  effective_to   date,
  json           varchar     not null,
  version        bigint      not null,
  primary key (id, pack_version)
);
