-- agenda scan: this school year's assessment per norm and the indicators computed from the data.
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
SELECT b.norm, b.status FROM agenda_beoordeling b
WHERE b.schooljaar = 2026
  AND b.id = (SELECT max(id) FROM agenda_beoordeling c WHERE c.schooljaar = b.schooljaar AND c.norm = b.norm)
ORDER BY b.norm;
-- B1, B2: answered policy questions, approvals and publications.
SELECT count(DISTINCT vraag) AS beantwoord FROM beleid_antwoord;
SELECT soort, max(datum) FROM beleid_gebeurtenis GROUP BY soort;
-- B3: rules, and the share of students meeting them (see verplichting-check.sql).
SELECT count(*) AS regels FROM verplichting_regel;
SELECT round(100.0 * sum(voldaan) / count(*)) || '%' AS voldaan FROM (
    SELECT l.id, min(CASE v.vorm
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
        END) AS voldaan
    FROM leerling l JOIN verplichting_regel v ON v.schooltype = l.schooltype AND v.leerjaar = l.leerjaar
    GROUP BY l.id);
-- A1: activities per competency and leerjaar.
SELECT count(*) AS activiteiten, sum(competenties LIKE '%netwerken%') AS netwerken FROM activiteit;
-- A3: share of students with a conversation this school year, per leerjaar; open and overdue afspraken.
SELECT l.leerjaar, round(100.0 * sum(EXISTS (
           SELECT 1 FROM gesprek g WHERE g.leerling_id = l.id AND g.datum BETWEEN '2026-08-01' AND '2026-11-29'))
       / count(*)) || '%' AS met_gesprek
FROM leerling l GROUP BY l.leerjaar;
-- The afspraken of this school year's conversations: how many are open and how many of those overdue.
SELECT sum(a.klaar IS NULL) AS open, sum(a.klaar IS NULL AND a.voor < '2026-11-29') AS verlopen
FROM gesprek_afspraak a JOIN gesprek g ON g.id = a.gesprek_id
WHERE g.datum BETWEEN '2026-08-01' AND '2027-07-31';
SELECT count(DISTINCT lid_id) AS getraind FROM team_scholing WHERE datum >= '2024-08-01';
-- A4: share of the students whose career document holds a reflection (a participation with any of the four
-- fields filled in) or an item, by the end of the school year.
SELECT round(100.0 * (
    SELECT count(*) FROM leerling l
    WHERE EXISTS (SELECT 1 FROM deelname d WHERE d.leerling_id = l.id AND d.datum <= '2027-07-31'
                    AND (d.beoogde_doelen <> '' OR d.resultaten <> '' OR d.evaluatie <> '' OR d.vervolgactiviteiten <> ''))
       OR EXISTS (SELECT 1 FROM dossier_item i WHERE i.leerling_id = l.id AND i.datum <= '2027-07-31'))
    / (SELECT count(*) FROM leerling)) || '%';
-- K1: the latest evaluation.
SELECT schooljaar, max(datum) FROM evaluatie GROUP BY schooljaar ORDER BY schooljaar DESC LIMIT 1;
