-- doorstroom succes: the latest cohort with a known status after one year, per school type, as shares.
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
WITH cohort AS (SELECT max(cohort) AS cohort FROM doorstroom_leerling WHERE status <> 'onbekend'),
     rijen AS (SELECT schooltype, status FROM doorstroom_leerling WHERE cohort = (SELECT cohort FROM cohort))
SELECT schooltype, count(*) AS aantal,
       round(100.0 * sum(status = 'doorgegaan') / count(*)) || '%' AS doorgegaan,
       round(100.0 * sum(status = 'geswitcht') / count(*)) || '%' AS geswitcht,
       round(100.0 * sum(status = 'uitgevallen') / count(*)) || '%' AS uitgevallen,
       round(100.0 * sum(status = 'onbekend') / count(*)) || '%' AS onbekend
FROM rijen GROUP BY schooltype
UNION ALL
SELECT 'totaal', count(*), round(100.0 * sum(status = 'doorgegaan') / count(*)) || '%',
       round(100.0 * sum(status = 'geswitcht') / count(*)) || '%',
       round(100.0 * sum(status = 'uitgevallen') / count(*)) || '%',
       round(100.0 * sum(status = 'onbekend') / count(*)) || '%'
FROM rijen;
