-- Each pair of words that stand next to each other in a search vector, as one lexeme
-- ('chronic kidney'): a GIN index over these finds the rows holding a quoted phrase without
-- reading every row that has both words (word positions are not in the GIN index itself).
-- Made from the vector's own positions, so every row that matches a phrase has its pairs.
CREATE FUNCTION search_word_pairs(vector tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
  FROM (SELECT lexeme, unnest(positions) AS position FROM unnest(vector)) a
  JOIN (SELECT lexeme, unnest(positions) AS position FROM unnest(vector)) b ON b.position = a.position + 1
$$;
