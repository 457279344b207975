-- evaluatie rapport: the scan, the programme, conversations, doorstroom, success, satisfaction and reflections.
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
.read Benchmarks/sql/agenda-scan.sql
.read Benchmarks/sql/doorstroom-overzicht.sql
.read Benchmarks/sql/doorstroom-succes.sql
-- The programme: participations this school year per activity.
SELECT a.code, count(*) AS deelnames, sum(d.status = 'deelgenomen') AS deelgenomen,
       sum(d.beoogde_doelen <> '' OR d.resultaten <> '' OR d.evaluatie <> '') AS met_reflectie
FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id
WHERE d.datum BETWEEN '2026-08-01' AND '2026-11-29' GROUP BY a.code ORDER BY a.code;
-- Conversations this school year per kind.
SELECT soort, count(*) FROM gesprek WHERE datum BETWEEN '2026-08-01' AND '2026-11-29' GROUP BY soort;
-- Satisfaction: the means per item of the latest year.
SELECT r.item, round(sum(r.n * r.gemiddelde) / sum(r.n), 1) AS gemiddelde, sum(r.n) AS n
FROM tevredenheid_resultaat r JOIN tevredenheid_bron b ON b.id = r.bron_id
WHERE b.schooljaar = (SELECT max(schooljaar) FROM tevredenheid_bron) GROUP BY r.item;
-- Reflections the school may quote.
SELECT evaluatie FROM deelname WHERE deelbaar = 1 AND datum BETWEEN '2025-08-01' AND '2026-11-29' LIMIT 10;
