-- verplichting check: per student whose school type and leerjaar have rules, whether every rule is met by the
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
-- participations (status deelgenomen) of this school year up to '2026-11-29', and how many rules are still open.
-- (lobsh also says whether a student is on schedule; that needs the rules' schedule, which is not in the data.)
WITH regels AS (
    SELECT l.id AS leerling_id, v.id AS regel_id,
        CASE v.vorm
            WHEN 'soort' THEN (
                SELECT count(*) FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id
                WHERE d.leerling_id = l.id AND d.status = 'deelgenomen' AND d.datum BETWEEN '2026-08-01' AND '2026-11-29'
                  AND a.soort = v.soort) >= v.minimaal
            WHEN 'competentie' THEN (
                SELECT count(*) FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id
                WHERE d.leerling_id = l.id AND d.status = 'deelgenomen' AND d.datum BETWEEN '2026-08-01' AND '2026-11-29'
                  AND ',' || a.competenties || ',' LIKE '%,' || v.competentie || ',%') >= v.minimaal
            ELSE NOT EXISTS (
                SELECT 1 FROM verplichting_activiteit va
                WHERE va.regel_id = v.id AND NOT EXISTS (
                    SELECT 1 FROM deelname d
                    WHERE d.leerling_id = l.id AND d.activiteit_id = va.activiteit_id AND d.status = 'deelgenomen'
                      AND d.datum BETWEEN '2026-08-01' AND '2026-11-29'))
        END AS voldaan
    FROM leerling l JOIN verplichting_regel v ON v.schooltype = l.schooltype AND v.leerjaar = l.leerjaar
)
SELECT l.leerlingnummer,
       l.roepnaam || ' ' || CASE WHEN l.tussenvoegsel <> '' THEN l.tussenvoegsel || ' ' ELSE '' END || l.achternaam AS naam,
       l.klas, l.schooltype, l.leerjaar, CASE WHEN min(r.voldaan) THEN 'ja' ELSE 'nee' END AS voldaan,
       sum(NOT r.voldaan) AS open
FROM regels r JOIN leerling l ON l.id = r.leerling_id
GROUP BY l.id
ORDER BY min(r.voldaan), l.klas, l.achternaam, l.roepnaam, l.leerlingnummer;
