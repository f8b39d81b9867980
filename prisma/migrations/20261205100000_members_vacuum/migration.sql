-- members and memberships take inserts, updates and deletes all day, and the member search walks
-- the members' name-ordered index reading only (name_search, id): an index-only scan, which goes
-- to the heap for every entry on a page the visibility map does not mark all-visible, and for
-- every entry of a dead row. Autovacuum's defaults wait for 20 % of a table's rows to change:
-- 2.7 million nationally. After a million inserts and 500,000 dead rows (the benchmark's imports)
-- the walk for "thi lan" fetched 48,290 heap rows in 151,162 entries and took 172 ms; after a
-- vacuum, none, and 116 ms (EXPLAIN ANALYZE, national data, BENCHMARKS.md). Vacuumed instead after
-- 1 % of the rows change or are inserted (about 135,000 nationally, 15 s of background work).
ALTER TABLE members SET (
  autovacuum_vacuum_scale_factor = 0.01,
  autovacuum_vacuum_insert_scale_factor = 0.01,
  autovacuum_analyze_scale_factor = 0.02
);
ALTER TABLE memberships SET (
  autovacuum_vacuum_scale_factor = 0.01,
  autovacuum_vacuum_insert_scale_factor = 0.01,
  autovacuum_analyze_scale_factor = 0.02
);
