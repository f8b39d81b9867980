-- The member list and name search over one federation (a province) or one ward union, in name order.
-- Walking the national name order keeps only the scope's share of it (1 member in 20 to 50 for a
-- federation, far fewer for a ward), each checked on the heap: 1,570 pages and 13-23 ms for a first
-- page of Hai Phong's 400,000 members. The path index returns a ward in path order, so a ward's
-- page sorted all its members (55,854 in the largest: 120-250 ms). Led by the path's second segment
-- (a federation's unit id under the confederation) or third (a ward union's), such a scope is one
-- range of an index in name order: a page reads about 51 entries, and an every-word search tests
-- the words on the entries (name_search, id) without the heap. unit_path is carried (INCLUDE) so
-- the scans stay index-only. Built at 12 million members: 52 s and 731 MB, 44 s and 731 MB
-- (BENCHMARKS.md, "Member search at national scale").
CREATE INDEX members_federation_name_order_idx ON members (split_part(unit_path, '/', 3), name_search, id)
  INCLUDE (unit_path) WHERE unit_id IS NOT NULL;
CREATE INDEX members_ward_name_order_idx ON members (split_part(unit_path, '/', 4), name_search, id)
  INCLUDE (unit_path) WHERE unit_id IS NOT NULL;
