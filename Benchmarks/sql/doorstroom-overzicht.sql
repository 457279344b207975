-- doorstroom overzicht --per bestemming: the latest cohort of the school's own records, per destination.
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
WITH laatste AS (SELECT max(cohort) AS cohort FROM doorstroom_leerling),
     rijen AS (SELECT bestemming FROM doorstroom_leerling WHERE cohort = (SELECT cohort FROM laatste)),
     totaal AS (SELECT count(*) AS n FROM rijen)
SELECT bestemming, count(*) AS aantal, round(100.0 * count(*) / (SELECT n FROM totaal)) || '%' AS aandeel
FROM rijen GROUP BY bestemming
UNION ALL
SELECT 'totaal', n, '100%' FROM totaal;
