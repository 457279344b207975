/// Name lists for the demo school, as found in a Dutch secondary school around 2026.
///
/// Diacritics and non-Dutch names are deliberate: workshops show that search, sorting and completion handle them.
enum DemoNames {
    /// Roepnamen; a card per name, so every name appears at least once in a school of several hundred students.
    static let givenNames = DemoDeck<String>(
        "Zoë", "Noël", "Chloë", "Anaïs", "Daniël", "Michiel", "Sem", "Noah", "Fenna", "Saar",
        "Yara", "Mohammed", "Ayşe", "Eliza", "Ömer", "Bilal", "Fatima", "Liam", "Lotte", "Jesse",
        "Luuk", "Daan", "Finn", "Levi", "Milan", "Lucas", "Bram", "Thijs", "Lars", "Ruben",
        "Stijn", "Thomas", "Jayden", "Sven", "Gijs", "Max", "Julian", "Mees", "Siem", "Jens",
        "Floris", "Tygo", "Teun", "Hugo", "Olivier", "Boaz", "Joep", "Wessel", "Hidde", "Koen",
        "Rayan", "Adam", "Youssef", "Amir", "Hamza", "Emre", "Yusuf", "Kerem", "Mert", "Deniz",
        "Ilias", "Soufiane", "Omar", "Ravi", "Minh", "Kacper", "Jermaine", "Kenzo", "Joël", "Raphaël",
        "Emma", "Julia", "Mila", "Sophie", "Tess", "Sara", "Evi", "Nina", "Anna", "Fleur",
        "Lieke", "Roos", "Isa", "Sanne", "Femke", "Jasmijn", "Maud", "Lynn", "Iris", "Liv",
        "Esmée", "Renée", "Daphne", "Marit", "Britt", "Amber", "Merel", "Sterre", "Hannah", "Lisa",
        "Romy", "Eva", "Vera", "Elise", "Lina", "Naomi", "Zara", "Cato", "Benthe", "Mirthe",
        "Puck", "Olivia", "Nova", "Luna", "Anouk", "Demi", "Noor", "Elif", "Zeynep", "Büşra",
        "Nour", "Salma", "Imane", "Aya", "Malak", "Hiba", "Priya", "Dewi", "Linh", "Zuzanna",
        "Shanice", "Dayenne", "Sietske", "Yfke", "Mariia", "Inès", "Maëlle", "Ezra", "Sami", "Robin"
    )

    /// Achternamen written as in a sentence, tussenvoegsel first; common names have two cards.
    static let surnames = DemoDeck<String>(
        "de Jong", "de Jong", "Jansen", "Jansen", "de Vries", "de Vries", "van den Berg", "van den Berg",
        "Bakker", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
        "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Janssen", "Jansma",
        "Hoekstra", "Schouten", "Willems", "van Beek", "Post", "Koster", "Prins", "Kuipers",
        "van Wijk", "Huisman", "Kramer", "Schipper", "ter Horst", "op de Beek", "den Hartog", "van de Ven",
        "Verhoeven", "Bosman", "Postma", "Wouters", "Maas", "Verbeek", "van Vliet", "Blom",
        "Veenstra", "Timmermans", "de Lange", "Boersma", "van Dam", "ten Have", "in 't Veld", "Lammers",
        "'t Hart", "'t Hart", "'t Hooft", "Yılmaz", "Özdemir", "Özdemir", "Kaya", "Şahin",
        "Çelik", "Aydın", "Demir", "Arslan", "Doğan", "El Amrani", "El Idrissi", "Bouzid",
        "Benali", "Bakkali", "Tahiri", "Ouali", "Nguyen", "Tran", "Pham", "Kowalski",
        "Nowak", "Martis", "Pinas", "Wijngaarde", "Ramdin", "Mahabier", "Haddad", "Al-Masri"
    )

    /// First-name initials for teachers' names ("J. de Vries"); common Dutch initials have more cards.
    static let initials = DemoDeck<String>(
        "A", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "J", "K", "L", "M", "M",
        "N", "P", "R", "S", "S", "T", "W", "Y"
    )

    /// Tussenvoegsels recognised by `split(_:)`, longest first so "van der" wins over "van".
    static let infixes = ["van der", "van den", "van de", "in 't", "op de", "van", "den", "ter", "ten", "de", "'t"]

    /// Splits a surname as written ("van der Meer") into tussenvoegsel and achternaam ("van der", "Meer").
    static func split(_ written: String) -> (infix: String?, surname: String) {
        for infix in infixes where written.hasPrefix(infix + " ") {
            return (infix, String(written.dropFirst(infix.count + 1)))
        }
        return (nil, written)
    }
}
