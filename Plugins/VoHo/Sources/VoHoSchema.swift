import LOBKit

/// The module's tables, all prefixed `voho_`. A registration refers to the built-in `leerling` table, so a student
/// who is removed takes their registration along; the first-year results are aggregates with no student in them.
enum VoHoSchema {
    static let migrations = [
        Migration(
            "v1-studiekeuze",
            sql: """
                CREATE TABLE voho_aanmelding (
                    leerling_id INTEGER PRIMARY KEY REFERENCES leerling(id) ON DELETE CASCADE,
                    instelling TEXT NOT NULL,
                    opleiding TEXT NOT NULL,
                    datum TEXT NOT NULL,
                    check_datum TEXT,
                    advies TEXT CHECK (advies IN ('positief', 'twijfel', 'negatief')),
                    advies_datum TEXT,
                    bijgewerkt TEXT NOT NULL
                );
                CREATE TABLE voho_activiteit (
                    sleutel TEXT PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    instelling TEXT NOT NULL,
                    soort TEXT NOT NULL CHECK (soort IN ('open-dag', 'proefstuderen', 'meeloopdag')),
                    datum TEXT NOT NULL,
                    titel TEXT NOT NULL,
                    opleiding TEXT NOT NULL DEFAULT '',
                    plaats TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE voho_resultaat (
                    cohort INTEGER NOT NULL CHECK (cohort BETWEEN 1950 AND 2200),
                    instelling TEXT NOT NULL COLLATE NOCASE,
                    soort TEXT NOT NULL CHECK (soort IN ('hbo', 'wo')),
                    vooropleiding TEXT NOT NULL CHECK (vooropleiding IN ('havo', 'vwo')),
                    sector TEXT NOT NULL COLLATE NOCASE,
                    gestart_laag INTEGER NOT NULL CHECK (gestart_laag >= 0),
                    gestart_hoog INTEGER NOT NULL CHECK (gestart_hoog >= gestart_laag),
                    doorgegaan_laag INTEGER NOT NULL CHECK (doorgegaan_laag >= 0),
                    doorgegaan_hoog INTEGER NOT NULL CHECK (doorgegaan_hoog >= doorgegaan_laag),
                    geswitcht_laag INTEGER NOT NULL CHECK (geswitcht_laag >= 0),
                    geswitcht_hoog INTEGER NOT NULL CHECK (geswitcht_hoog >= geswitcht_laag),
                    uitgevallen_laag INTEGER NOT NULL CHECK (uitgevallen_laag >= 0),
                    uitgevallen_hoog INTEGER NOT NULL CHECK (uitgevallen_hoog >= uitgevallen_laag),
                    bsa_laag INTEGER CHECK (bsa_laag >= 0),
                    bsa_hoog INTEGER CHECK (bsa_hoog >= bsa_laag),
                    PRIMARY KEY (cohort, instelling, vooropleiding, sector)
                );
                """)
    ]
}
