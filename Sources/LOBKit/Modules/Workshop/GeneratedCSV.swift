import Foundation

/// The generated students and alumni as CSV files, written as they are generated (a buffer of 1 MB, never
/// the whole file): `leerlingen.csv` in the columns `leerling importeer` reads and `doorstroom.csv` in those
/// `doorstroom importeer` reads, for comparing lobsh's imports with other tools on the same data.
final class GeneratedCSV {
    static let studentHeader =
        "leerlingnummer,roepnaam,tussenvoegsel,achternaam,klas,leerjaar,schooltype,profiel,mentor,brin"
    static let alumnusHeader =
        "leerlingnummer,cohort,schooltype,profiel,bestemming,instelling,opleiding,status-na-een-jaar"
    static let flushSize = 1 << 20

    private let students: FileHandle
    private let alumni: FileHandle
    private let folder: String
    private var studentBuffer = ""
    private var alumnusBuffer = ""

    /// Creates `folder` (when missing) and the two files in it; existing files are replaced.
    init(folder: String) throws(LOBError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LOBError(.failed, Message(.fileWriteFailed, folder), cause: error.localizedDescription)
        }
        students = try Self.create(folder + "/leerlingen.csv")
        alumni = try Self.create(folder + "/doorstroom.csv")
        studentBuffer = Self.studentHeader + "\n"
        alumnusBuffer = Self.alumnusHeader + "\n"
    }

    func student(_ student: Student, brin: String) throws(LOBError) {
        let fields = [
            student.number, student.givenName, student.infix, student.surname, student.className,
            String(student.year), student.schoolType.rawValue, student.profile, student.mentor, brin,
        ]
        studentBuffer += fields.map(Self.field).joined(separator: ",") + "\n"
        if studentBuffer.utf8.count > Self.flushSize { try flush(&studentBuffer, to: students, name: "leerlingen.csv") }
    }

    func alumnus(_ alumnus: AlumnusDestination) throws(LOBError) {
        let fields = [
            alumnus.studentNumber, String(alumnus.cohort), alumnus.schoolType.rawValue, alumnus.profile,
            alumnus.destination.rawValue, alumnus.institution, alumnus.programme, alumnus.status.rawValue,
        ]
        alumnusBuffer += fields.map(Self.field).joined(separator: ",") + "\n"
        if alumnusBuffer.utf8.count > Self.flushSize { try flush(&alumnusBuffer, to: alumni, name: "doorstroom.csv") }
    }

    /// Writes what is left and closes both files.
    func finish() throws(LOBError) {
        try flush(&studentBuffer, to: students, name: "leerlingen.csv")
        try flush(&alumnusBuffer, to: alumni, name: "doorstroom.csv")
        try? students.close()
        try? alumni.close()
    }

    /// A field quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func flush(_ buffer: inout String, to handle: FileHandle, name: String) throws(LOBError) {
        do {
            try handle.write(contentsOf: Data(buffer.utf8))
        } catch {
            throw LOBError(.failed, Message(.fileWriteFailed, folder + "/" + name), cause: error.localizedDescription)
        }
        buffer = ""
    }

    private static func create(_ path: String) throws(LOBError) -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw LOBError(.failed, Message(.fileWriteFailed, path)) }
        return handle
    }
}
