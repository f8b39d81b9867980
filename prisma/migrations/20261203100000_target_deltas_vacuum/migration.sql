-- target_deltas is a queue: every write adds rows and the next fold deletes them, so it is almost
-- always empty of live rows and full of dead ones. Every figures read (a dashboard, its children,
-- a units page's totals) scans it whole for pending deltas: after the benchmark's registrations the
-- national data set's queue held 48,048 dead rows in 401 pages, a sequential scan of 0.3–0.5 ms in
-- every such statement, until autovacuum's default (20 % of a table's rows, here none) came around.
-- Vacuumed after every 1,000 dead rows instead, without the cost-based pauses (the table is small).
ALTER TABLE target_deltas SET (
  autovacuum_vacuum_scale_factor = 0,
  autovacuum_vacuum_threshold = 1000,
  autovacuum_vacuum_cost_delay = 0
);
