-- name_search compared by code point, whatever the database's collation. Name search takes the
-- whole text as a prefix through a range (name_search >= 'nguyen thi h' AND < 'nguyen thi i');
-- only in code-point order is that range exactly the names that start with the text. A linguistic
-- collation (en_US.UTF-8, vi_VN.UTF-8) orders by letters first and spaces and punctuation later, so
-- names would fall outside or inside the range wrongly, and keyset pages would follow another
-- order than the indexes. The search key is unaccented lower-case text, so "C" loses nothing.
-- The table is not rewritten (same type); every index on the column is rebuilt: at 12 million
-- members 6 min 16 s on a busy 2-core machine (BENCHMARKS.md). The text_pattern_ops index
-- only served LIKE prefixes under a linguistic collation; in "C" the name-order indexes do.
DROP INDEX IF EXISTS members_name_search_prefix_idx;
ALTER TABLE members ALTER COLUMN name_search TYPE text COLLATE "C";
