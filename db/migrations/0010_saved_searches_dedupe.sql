-- Before the unique (user_id, md5(query)) index of the next migration: keep the oldest of
-- each user's identical saved searches (the same canonical query saved more than once).
DELETE FROM "saved_searches" AS s
USING "saved_searches" AS keep
WHERE keep."user_id" = s."user_id"
  AND keep."query" = s."query"
  AND keep."id" < s."id";
