import LOBKit

/// The module's tables, all prefixed `vmbombo_`; they refer to the built-in `leerling` table, so a student
/// who is removed takes their application and consent along.
enum HandoverSchema {
    static let migrations = [
        Migration(
            "v1-overdracht",
            sql: """
                CREATE TABLE vmbombo_aanmelding (
                    leerling_id INTEGER PRIMARY KEY REFERENCES leerling(id) ON DELETE CASCADE,
                    instelling TEXT NOT NULL,
                    opleiding TEXT NOT NULL,
                    niveau INTEGER CHECK (niveau BETWEEN 1 AND 4),
                    status TEXT NOT NULL
                        CHECK (status IN ('niet-aangemeld', 'aangemeld', 'geplaatst', 'afgewezen')),
                    datum TEXT,
                    bijgewerkt TEXT NOT NULL
                );
                CREATE TABLE vmbombo_toestemming (
                    id INTEGER PRIMARY KEY,
                    leerling_id INTEGER NOT NULL REFERENCES leerling(id) ON DELETE CASCADE,
                    door TEXT NOT NULL CHECK (door IN ('leerling', 'ouder')),
                    datum TEXT NOT NULL,
                    ingetrokken INTEGER NOT NULL DEFAULT 0 CHECK (ingetrokken IN (0, 1))
                );
                CREATE INDEX vmbombo_toestemming_leerling ON vmbombo_toestemming(leerling_id, datum);
                CREATE TABLE vmbombo_opendag (
                    sleutel TEXT PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    instelling TEXT NOT NULL,
                    datum TEXT NOT NULL,
                    titel TEXT NOT NULL,
                    locatie TEXT NOT NULL DEFAULT ''
                );
                """)
    ]
}
