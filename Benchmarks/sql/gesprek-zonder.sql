-- gesprek zonder --sinds '2026-09-01': students without a conversation since the date, with their last one.
-- The benchmark fixes the day: today is 2026-11-29 (lobsh: zet vandaag 2026-11-29).
SELECT l.leerlingnummer,
       l.roepnaam || ' ' || CASE WHEN l.tussenvoegsel <> '' THEN l.tussenvoegsel || ' ' ELSE '' END || l.achternaam AS naam,
       l.klas, l.mentor, g.laatste AS "laatste-gesprek"
FROM leerling l
LEFT JOIN (SELECT leerling_id, max(datum) AS laatste FROM gesprek GROUP BY leerling_id) g ON g.leerling_id = l.id
WHERE g.laatste IS NULL OR g.laatste < '2026-09-01'
ORDER BY l.klas, l.achternaam, l.roepnaam, l.leerlingnummer;
