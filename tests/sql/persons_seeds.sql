-- needs: shared
-- extract_persons on the five seed pages as they are (headline, furniture and all)
SELECT extract_persons(CAST(readfile('@SHARED@/seeds/000_8ca1dfd916a1314f.txt') AS TEXT));
SELECT extract_persons(CAST(readfile('@SHARED@/seeds/001_81c0e16ce8d4060c.txt') AS TEXT));
SELECT extract_persons(CAST(readfile('@SHARED@/seeds/002_1ebcad579dd464c2.txt') AS TEXT));
SELECT extract_persons(CAST(readfile('@SHARED@/seeds/003_90e0a7cf8d300a13.txt') AS TEXT));
SELECT extract_persons(CAST(readfile('@SHARED@/seeds/004_c651a2c75f8515aa.txt') AS TEXT));
SELECT name, mention, role FROM person_mentions(CAST(readfile('@SHARED@/seeds/001_81c0e16ce8d4060c.txt') AS TEXT));
