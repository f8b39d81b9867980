-- The member list in name order over a large scope (a province, the whole confederation). The
-- (unit_path, name_search, id) index returns a subtree in path order, so a province-wide page had to
-- sort every member of the province (186 ms for 500,000 members); walking active members in name
-- order and keeping those inside the scope reads about one page of rows (1 ms), first page or deep.
-- Small scopes (a ward) still use the path index. Measured in BENCHMARKS.md.
CREATE INDEX members_active_name_order_idx ON members (name_search, id) WHERE unit_id IS NOT NULL;
