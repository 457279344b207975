/// Finding a staff member by the name typed, with a did-you-mean over the members' names.
enum StaffLookup {
    /// The member `name` matches, or an error that names it and suggests a near name.
    static func member(named name: String, in store: StoreTransaction, at span: SourceSpan) throws(LOBError)
        -> StaffMember
    {
        let members = try store.staffMembers()
        let key = StaffName.key(name)
        if let member = members.first(where: { $0.key == key }) { return member }
        if let suggestion = Suggestion.closest(to: StaffName.cleaned(name), in: members.map(\.name)) {
            throw LOBError(.failed, Message(.staffUnknownMemberSuggest, name, suggestion), at: span)
        }
        throw LOBError(.failed, Message(.staffUnknownMember, name), at: span)
    }

    /// The name typed for `argument`, cleaned; a usage error when it holds nothing but blanks.
    static func name(_ arguments: Arguments, _ argument: String = "naam") throws(LOBError) -> String {
        let name = StaffName.cleaned(arguments.text(argument) ?? "")
        if name.isEmpty { throw LOBError.usage(.staffEmptyText, argument.uppercased(), at: arguments.span(argument)) }
        return name
    }
}
