import Foundation
import PackagePlugin

/// Generates lobsh's `PluginModules` from the network modules it depends on (the targets in `Plugins/`).
///
/// The folder itself is an input of the step: a module folder added or removed after the manifest was last
/// read makes the step run, and the generator then fails with what to do instead of building a stale list.
@main
struct RegisterModules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let plugins = context.package.directoryURL.appending(path: "Plugins")
        let names = target.dependencies.compactMap { dependency -> String? in
            guard case .target(let module) = dependency else { return nil }
            let folder = module.directoryURL.deletingLastPathComponent().deletingLastPathComponent()
            return folder.standardizedFileURL.path == plugins.standardizedFileURL.path ? module.name : nil
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "PluginModules+Generated.swift")
        return [
            .buildCommand(
                displayName: "Registering the network modules in Plugins/",
                executable: try context.tool(named: "ModuleRegistryGenerator").url,
                arguments: [output.path, plugins.path] + names,
                inputFiles: [plugins],
                outputFiles: [output])
        ]
    }
}
