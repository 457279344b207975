import Foundation

/// The recipes lobsh can find: the `NAAM.lob` files in a list of folders, where a recipe in an earlier
/// folder hides one of the same name in a later folder.
public struct RecipeBook {
    /// The folders, earliest (winning) first; folders that do not exist are skipped.
    public let folders: [String]
    let parser: Parser

    public init(folders: [String], parser: Parser) {
        self.folders = folders
        self.parser = parser
    }

    /// Every recipe that is not hidden, sorted by name.
    public func recipes() -> [Recipe] {
        var found: [String: Recipe] = [:]
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in names.sorted() where file.hasSuffix(".lob") && !file.hasPrefix(".") {
                let name = String(file.dropLast(4))
                guard !name.isEmpty, found[name] == nil, let recipe = read(name, in: folder) else { continue }
                found[name] = recipe
            }
        }
        return found.values.sorted { $0.name < $1.name }
    }

    /// The recipe of that name from the first folder that has it.
    public func recipe(named name: String) -> Recipe? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        for folder in folders {
            if let recipe = read(name, in: folder) { return recipe }
        }
        return nil
    }

    /// The names of all recipes, for completion and did-you-mean (without reading their texts).
    public func names() -> [String] {
        var names = Set<String>()
        for folder in folders {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where file.hasSuffix(".lob") && !file.hasPrefix(".") && file.count > 4 {
                names.insert(String(file.dropLast(4)))
            }
        }
        return names.sorted()
    }

    private func read(_ name: String, in folder: String) -> Recipe? {
        script(at: URL(fileURLWithPath: folder).appendingPathComponent(name + ".lob").path)
    }

    /// Any script read as a recipe (its header line and `vereis` lines), nil when it is not a readable file.
    public func script(at path: String) -> Recipe? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return Recipe(name: name, path: path, text: String(decoding: data, as: UTF8.self), parser: parser)
    }

    /// The folders lobsh looks in, in this order: `Recipes/` in the working directory; `Recipes/` of the
    /// checkout the lobsh executable was built in (the first folder above it with a `Package.swift` and a
    /// `Recipes/`), so that `.build/debug/lobsh` finds the project's recipes from anywhere;
    /// `$XDG_CONFIG_HOME/lobsh/recepten` (else `~/.config/lobsh/recepten`); then the folders in
    /// `$LOBSH_RECEPTEN`, separated by `:`. Each folder once, the first place it is named.
    public static func defaultFolders(
        environment: [String: String], workingDirectory: String, executable: String?
    ) -> [String] {
        var folders = [Session.resolve("Recipes", relativeTo: workingDirectory)]
        if let executable, let checkout = checkout(around: executable) {
            folders.append(checkout + "/Recipes")
        }
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        folders.append(config + "/lobsh/recepten")
        for folder in (environment["LOBSH_RECEPTEN"] ?? "").split(separator: ":") {
            folders.append(Session.resolve(String(folder), relativeTo: workingDirectory))
        }
        var seen = Set<String>()
        return folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter { seen.insert($0).inserted }
    }

    /// The package folder an executable was built in (`…/lobsh/.build/debug/lobsh` → `…/lobsh`), if any.
    static func checkout(around executable: String) -> String? {
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("Recipes").path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }
}
