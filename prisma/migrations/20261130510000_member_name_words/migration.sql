-- Every-word name search ("thi lan" finds "Nguyễn Thị Lan"): each word must start some word of the
-- name, which LIKE '% lan%' can only test row by row (6.1 s over 12 million members). The simple
-- parser starts a token at every word of name_search (already lower case, without diacritics), so a
-- prefix full-text query (thi:* & lan:*) on this index finds a superset of the matches, which the
-- LIKEs then re-check. Not partial: former members are searched the same way. On the national
-- profile (12,959,924 members) it builds in 36 s and takes 59 MB. Measured in BENCHMARKS.md.
CREATE INDEX IF NOT EXISTS members_name_words_idx ON members USING gin (to_tsvector('simple', name_search));
