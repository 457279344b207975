/// All commands compiled in, by name: built-in modules and plug-ins alike.
public struct CommandRegistry: Sendable {
    /// A registration problem found at start-up: a name claimed twice, or a module written for another API.
    public enum RegistrationError: Error, Sendable, Equatable {
        /// Two modules (or two commands) claim one name; both modules are named.
        case nameClash(name: String, firstModule: String, secondModule: String)
        /// Two modules have one name (the name namespaces their migrations).
        case duplicateModule(String)
        /// A module was written for a LOBKit API this build cannot load.
        case incompatibleAPI(module: String, written: APIVersion, available: APIVersion)

        /// What to tell the person starting lobsh.
        public var message: Message {
            switch self {
            case .nameClash(let name, let first, let second):
                Message(.registryConflict, name, first, second)
            case .duplicateModule(let name):
                Message(.registryDuplicateModule, name)
            case .incompatibleAPI(let module, let written, let available):
                Message(.registryIncompatibleAPI, module, written.description, available.description)
            }
        }
    }

    public let modules: [any CommandModule]
    public let groups: [CommandGroup]
    private let groupsByName: [String: CommandGroup]
    /// Verbs per group name, and top-level commands under the empty string.
    private let commandsByGroup: [String: [String: any Command]]
    /// Every command, in registration order.
    public let commands: [any Command]

    /// Registers `modules`, refusing two claims on one name.
    public init(modules: [any CommandModule], api: APIVersion = LOBKitInfo.apiVersion) throws(RegistrationError) {
        var moduleNames: Set<String> = []
        for module in modules {
            guard api.canLoad(module.apiVersion) else {
                throw .incompatibleAPI(module: module.name, written: module.apiVersion, available: api)
            }
            // The module's name namespaces its migrations, so two modules may never share one.
            guard moduleNames.insert(module.name).inserted else {
                throw .duplicateModule(module.name)
            }
        }
        var groupsByName: [String: CommandGroup] = [:]
        var groups: [CommandGroup] = []
        var owner: [String: String] = [:]
        var commandsByGroup: [String: [String: any Command]] = [:]
        var commands: [any Command] = []
        for module in modules {
            for group in module.groups {
                for name in group.allNames {
                    if let other = owner["group " + name] {
                        throw .nameClash(name: name, firstModule: other, secondModule: module.name)
                    }
                    owner["group " + name] = module.name
                    groupsByName[name] = group
                }
                groups.append(group)
            }
        }
        for module in modules {
            for command in module.commands {
                let spec = type(of: command).spec
                let groupKey = spec.group ?? ""
                for name in spec.allNames {
                    let key = groupKey + " " + name
                    if let other = owner[key] {
                        throw .nameClash(
                            name: spec.group.map { "\($0) \(name)" } ?? name, firstModule: other,
                            secondModule: module.name)
                    }
                    if spec.group == nil, let other = owner["group " + name] {
                        throw .nameClash(name: name, firstModule: other, secondModule: module.name)
                    }
                    owner[key] = module.name
                    commandsByGroup[groupKey, default: [:]][name] = command
                }
                commands.append(command)
            }
        }
        self.modules = modules
        self.groups = groups
        self.groupsByName = groupsByName
        self.commandsByGroup = commandsByGroup
        self.commands = commands
    }

    /// The group named (or aliased) `name`.
    public func group(named name: String) -> CommandGroup? { groupsByName[name] }

    /// The verbs of a group, in registration order.
    public func commands(inGroup group: CommandGroup) -> [any Command] {
        commands.filter { type(of: $0).spec.group == group.name }
    }

    /// The command on its own named `name` (`waar`, `echo`).
    public func topLevelCommand(named name: String) -> (any Command)? { commandsByGroup[""]?[name] }

    /// The verb `verb` of `group`.
    public func command(_ verb: String, inGroup group: CommandGroup) -> (any Command)? {
        commandsByGroup[group.name]?[verb]
    }

    /// Every module's indicators for the agenda's norms, in module order.
    public var indicators: [any Indicator] { modules.flatMap(\.indicators) }

    /// Every module's sections of the yearly report, in report order (module order where equal).
    public var reportSections: [any ReportSection] {
        modules.flatMap(\.reportSections).enumerated().sorted {
            ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
        }.map(\.element)
    }

    /// Every module's aggregates for `evaluatie export`, in module order.
    public var aggregates: [any AggregateSource] { modules.flatMap(\.aggregates) }

    /// Every module's first-year results for `doorstroom succes --bron instellingen`, in module order.
    public var successSources: [any SuccessSource] { modules.flatMap(\.successSources) }

    /// Names of commands and groups that make an expression (`waar`, `where`).
    public var expressionCommandNames: Set<String> {
        Set(commands.map { type(of: $0).spec }.filter(\.takesExpression).flatMap(\.allNames))
    }

    /// Every name a line can start with: groups, their aliases, and commands on their own.
    public var firstWords: [String] {
        groups.flatMap(\.allNames) + commands.map { type(of: $0).spec }.filter { $0.group == nil }.flatMap(\.allNames)
    }
}
