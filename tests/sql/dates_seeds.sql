-- needs: shared
-- event_date on the five seed pages, raw (with captions, banners, appeals),
-- without a reference and with the example reference of seeds_gold.jsonl
.mode list
.nullvalue NULL
WITH seeds(file, ref) AS (VALUES
  ('000_8ca1dfd916a1314f.txt', '2016-04-20'),
  ('001_81c0e16ce8d4060c.txt', '2019-11-12'),
  ('002_1ebcad579dd464c2.txt', '2025-04-22'),
  ('003_90e0a7cf8d300a13.txt', '2022-03-11'),
  ('004_c651a2c75f8515aa.txt', '2025-06-05'))
SELECT file, event_date(readfile('@SHARED@/seeds/' || file)),
       event_date(readfile('@SHARED@/seeds/' || file), ref)
  FROM seeds;
