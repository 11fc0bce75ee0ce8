-- The audit capability hashes each entry's subject (which parts of the record were touched) and the access rule
-- it was decided under; keep both, so that an entry read back still verifies against its hash.
--
-- Both columns are nullable with no default: rows appended before this migration never had a subject or a rule,
-- and inventing one would put something in the audit trail that did not happen (and would not match the hash
-- those rows were written with anyway). They read back with subject and rule absent. Adding a nullable column
-- without a default changes no existing row, so PostgreSQL's append-only trigger on audit_log is not involved.
alter table audit_log add column subject varchar;
alter table audit_log add column rule varchar;
