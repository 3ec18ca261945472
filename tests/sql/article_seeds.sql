-- needs: shared
-- The five seeds against @SHARED@/eval/seeds_clean.jsonl: the title equals
-- article_title(raw), every body paragraph is in article_clean(raw), no
-- forbidden line is (after collapsing whitespace). Expected: 1|0|0 each.
CREATE TEMP TABLE seeds AS
WITH RECURSIVE split(line, rest) AS (
    SELECT '', readfile('@SHARED@/eval/seeds_clean.jsonl') || char(10)
    UNION ALL
    SELECT substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
      FROM split WHERE rest <> ''
)
SELECT line AS spec, CAST(readfile('@SHARED@/' || json_extract(line, '$.file')) AS TEXT) AS raw
  FROM split WHERE line <> '';
-- whitespace collapsed to single spaces (no-break spaces included)
CREATE TEMP VIEW collapsed AS
SELECT spec,
       trim(replace(replace(replace(replace(replace(replace(replace(
           article_clean(raw), char(10), ' '), char(160), ' '), '    ', ' '), '   ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')) AS body,
       article_title(raw) AS title
  FROM seeds;
SELECT json_extract(spec, '$.file'),
       title = json_extract(spec, '$.title'),
       (SELECT count(*) FROM json_each(spec, '$.body') AS p
         WHERE instr(body, trim(replace(replace(replace(p.value, char(160), ' '), '  ', ' '), '  ', ' '))) = 0),
       (SELECT count(*) FROM json_each(spec, '$.forbidden') AS f
         WHERE instr(body, trim(replace(replace(f.value, char(160), ' '), '  ', ' '))) > 0
           AND NOT EXISTS (SELECT 1 FROM json_each(spec, '$.body') AS p WHERE instr(p.value, f.value) > 0))
  FROM collapsed;
