/// Help texts, all read from the registry and the commands' specs.
struct HelpText {
    let registry: CommandRegistry
    let language: UILanguage

    private func t(_ key: MessageKey, _ arguments: String...) -> String {
        Message(key, arguments: arguments).text(language)
    }

    /// The overview: groups, then the commands that stand on their own.
    func overview() -> String {
        var text = t(.helpIntro) + "\n\n" + t(.helpGroups) + "\n"
        let groupWidth = registry.groups.map { label($0).count }.max() ?? 0
        for group in registry.groups {
            text += "  " + pad(label(group), groupWidth) + "  " + group.summary.text(language) + "\n"
        }
        text += "\n" + t(.helpCommands) + "\n"
        let topLevel = registry.commands.map { type(of: $0).spec }.filter { $0.group == nil }
        let width = topLevel.map { label($0).count }.max() ?? 0
        for spec in topLevel {
            text += "  " + pad(label(spec), width) + "  " + spec.summary.text(language) + "\n"
        }
        text += "\n" + t(.helpMore)
        return text
    }

    /// A group's verbs.
    func group(_ group: CommandGroup) -> String {
        var text = label(group) + ": " + group.summary.text(language) + "\n\n"
        let specs = registry.commands(inGroup: group).map { type(of: $0).spec }
        let width = specs.map { label($0).count }.max() ?? 0
        for spec in specs {
            text += "  " + pad(label(spec), width) + "  " + spec.summary.text(language) + "\n"
        }
        text += "\n" + t(.helpMoreGroup, group.name)
        return text
    }

    /// A module's commands, with its version and author.
    func module(_ module: any CommandModule) -> String {
        var text = "\(module.name) \(module.version) (\(module.author)): " + module.summary.text(language) + "\n\n"
        let specs = module.commands.map { type(of: $0).spec }
        let width = specs.map(\.displayName.count).max() ?? 0
        for spec in specs {
            text += "  " + pad(spec.displayName, width) + "  " + spec.summary.text(language) + "\n"
        }
        return text
    }

    /// One command in full: usage, arguments, flags, examples.
    func command(_ spec: CommandSpec) -> String {
        var text = spec.displayName + " — " + spec.summary.text(language) + "\n\n"
        text += t(.helpUsage) + " " + usage(spec) + "\n"
        if !spec.aliases.isEmpty {
            text +=
                t(.helpAliases) + " "
                + spec.aliases.map { (spec.group.map { $0 + " " } ?? "") + $0 }.joined(separator: ", ") + "\n"
        }
        if !spec.positionals.isEmpty {
            text += "\n" + t(.helpArguments) + "\n"
            let width = spec.positionals.map { $0.name.count }.max() ?? 0
            for positional in spec.positionals {
                text += "  " + pad(positional.name.uppercased(), width) + "  " + positional.help.text(language) + "\n"
            }
        }
        if !spec.flags.isEmpty {
            text += "\n" + t(.helpFlags) + "\n"
            let labels = spec.flags.map(flagLabel)
            let width = labels.map(\.count).max() ?? 0
            for (flag, flagText) in zip(spec.flags, labels) {
                var help = flag.help.text(language)
                if flag.repeatable { help += " " + t(.helpRepeatable) }
                if case .choice(let choices)? = flag.type, choices.joined(separator: "|").count > 24 {
                    help +=
                        "\n" + String(repeating: " ", count: width + 4)
                        + t(.helpChoices, choices.joined(separator: ", "))
                }
                text += "  " + pad(flagText, width) + "  " + help + "\n"
            }
        }
        if !spec.examples.isEmpty {
            text += "\n" + t(.helpExamples) + "\n"
            for example in spec.examples {
                text += "  " + example.line + "\n      " + example.help.text(language) + "\n"
            }
        }
        return text
    }

    /// `leerling lijst [--leerjaar GETAL] …`
    func usage(_ spec: CommandSpec) -> String {
        if let usage = spec.usage { return usage.text(language) }
        var parts = [spec.displayName]
        for positional in spec.positionals {
            let name = positional.name.uppercased()
            switch positional.arity {
            case .required: parts.append(name)
            case .optional: parts.append("[\(name)]")
            case .variadic(let minimum): parts.append(minimum > 0 ? "\(name)…" : "[\(name)…]")
            }
        }
        if !spec.flags.isEmpty { parts.append(t(.helpFlagsPlaceholder)) }
        return parts.joined(separator: " ")
    }

    private func flagLabel(_ flag: Flag) -> String {
        var text = flag.allNames.map { "--" + $0 }.joined(separator: ", ")
        if case .choice(let choices)? = flag.type, choices.joined(separator: "|").count > 24 {
            // A long list of choices goes under the flag's help, so that the column stays narrow.
            text += " " + flag.name.uppercased()
        } else if let type = flag.type {
            text += " " + type.placeholder(language)
        }
        return text
    }

    private func label(_ group: CommandGroup) -> String {
        group.aliases.isEmpty ? group.name : "\(group.name) (\(group.aliases.joined(separator: ", ")))"
    }

    private func label(_ spec: CommandSpec) -> String {
        spec.aliases.isEmpty ? spec.name : "\(spec.name) (\(spec.aliases.joined(separator: ", ")))"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
