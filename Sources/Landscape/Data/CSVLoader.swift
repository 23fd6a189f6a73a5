import Foundation

/// Which column of a CSV file holds the labels.
public enum CSVLabelColumn: Sendable, Equatable {
    /// The first column.
    case first
    /// The last column.
    case last
    /// The column at a zero-based index.
    case index(Int)
    /// The column with this header name (the file must have a header line).
    case named(String)
}

extension Dataset {
    /// Reads comma-separated features and an integer label per line. A first line that does not parse
    /// as numbers is taken as a header. `classes` defaults to the largest label + 1.
    public static func csv(path: String, labelColumn: CSVLabelColumn = .last, classes: Int? = nil) throws -> Dataset {
        let bytes = try FileBytes.read(path)
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw DatasetError.unreadableFile(path: path, reason: "not UTF-8 text")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let firstLine = lines.first else { throw DatasetError.malformedLine(path: path, line: 1, reason: "the file is empty") }
        let firstFields = firstLine.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let hasHeader = firstFields.contains { Double($0) == nil }
        let columnCount = firstFields.count
        guard columnCount >= 2 else {
            throw DatasetError.malformedLine(path: path, line: 1, reason: "need at least one feature column and a label column")
        }
        let labelIndex: Int
        switch labelColumn {
        case .first: labelIndex = 0
        case .last: labelIndex = columnCount - 1
        case let .index(i):
            guard i >= 0, i < columnCount else {
                throw DatasetError.invalidArgument("\(path): label column \(i) is outside the file's \(columnCount) columns")
            }
            labelIndex = i
        case let .named(name):
            guard hasHeader, let i = firstFields.firstIndex(of: name) else {
                throw DatasetError.invalidArgument("\(path): no header column named \"\(name)\"")
            }
            labelIndex = i
        }
        var values = [Double]()
        var labels = [Int]()
        for (offset, line) in lines.enumerated() where !(hasHeader && offset == 0) {
            let lineNumber = offset + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == columnCount else {
                throw DatasetError.malformedLine(path: path, line: lineNumber, reason: "\(fields.count) fields, expected \(columnCount)")
            }
            guard let label = Int(fields[labelIndex]), label >= 0 else {
                throw DatasetError.malformedLine(path: path, line: lineNumber, reason: "label \"\(fields[labelIndex])\" is not a non-negative integer")
            }
            if let classes, label >= classes {
                throw DatasetError.labelOutOfRange(path: path, index: labels.count, label: label, classCount: classes)
            }
            for (column, field) in fields.enumerated() where column != labelIndex {
                guard let value = Double(field) else {
                    throw DatasetError.malformedLine(path: path, line: lineNumber, reason: "\"\(field)\" is not a number")
                }
                guard value.isFinite else {
                    throw DatasetError.nonFiniteFeature(path: path, row: labels.count, column: column < labelIndex ? column : column - 1)
                }
                values.append(value)
            }
            labels.append(label)
        }
        guard !labels.isEmpty else { throw DatasetError.malformedLine(path: path, line: 2, reason: "no data lines") }
        let classCount = classes ?? ((labels.max() ?? 0) + 1)
        return Dataset(validatedFeatures: values, labels: labels, inputSize: columnCount - 1, classCount: classCount,
                       imageShape: nil, source: path)
    }
}
