-- Takes one from the fixed-window counter named `bucket` (rate_limit_buckets), for every app
-- instance alike: true while it has been taken at most `lim` times in its window, which opens
-- at its first use and lasts `window_seconds`. The count stops at lim + 1: past the limit
-- only "refused" matters. Each call also clears up to ten windows that closed over an hour
-- ago, so the table holds little more than the live ones. (lib/security/rate-limit.ts)
CREATE FUNCTION rate_limit_take(bucket text, lim integer, window_seconds integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  taken integer;
BEGIN
  DELETE FROM rate_limit_buckets WHERE key IN (
    SELECT o.key FROM rate_limit_buckets o
    WHERE o.reset_at < now() - interval '1 hour' AND o.key <> bucket
    ORDER BY o.reset_at LIMIT 10 FOR UPDATE SKIP LOCKED);
  INSERT INTO rate_limit_buckets AS b (key, count, reset_at)
  VALUES (bucket, 1, now() + make_interval(secs => window_seconds))
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN b.reset_at <= now() THEN 1 ELSE least(b.count + 1, lim + 1) END,
    reset_at = CASE WHEN b.reset_at <= now() THEN excluded.reset_at ELSE b.reset_at END
  RETURNING b.count INTO taken;
  RETURN taken <= lim;
END
$$;
