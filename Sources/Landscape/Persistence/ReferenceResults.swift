import Foundation

/// The results file of the reference code (code/get_loss_values_parallel.py writes results/<dataset>.json,
/// code/plot_accuracy.py and plot_accuracy_vs_differences.py read it): a JSON list with one object per
/// configuration, `{"h": hidden size, "L": num_layers, "val_batch_size": 64, "samples": [{"loss_values":
/// [ℓ_i(θ̂) …], "accuracy": [after every step …]} × num_samples]}`, written with `json.dump(…, indent=4)`.
extension SampleSizeStudy {
    /// Reads a results file of the reference code (or one `writeReferenceResults` wrote). Its trainings
    /// have no seeds, and the batch size is taken to be `val_batch_size`, as the code's plots take it.
    /// The earlier scripts' files (`{"h", "L", "loss_values"}` per configuration, no validation) read as
    /// one training per configuration with no accuracies.
    public init(referenceResults path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResultsFileError.unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "the file cannot be opened" : "no such file")
        }
        func fail(_ reason: String) -> ResultsFileError { .malformed(path: path, reason: reason) }
        let json: JSONValue
        do { json = try JSONParser.parse([UInt8](data)) } catch let problem as JSONParser.Problem {
            throw fail("invalid JSON: \(problem.reason)")
        }
        let entries: [JSONValue]
        switch json {
        case let .array(items): entries = items
        case .object: entries = [json]
        default: throw fail("the top level is neither a list of configurations nor one configuration")
        }
        func integer(_ value: JSONValue?, _ name: String, at index: Int) throws -> Int {
            guard case let .number(number)? = value, number.isFinite, number.rounded() == number, abs(number) < 1e9 else {
                throw fail("configuration \(index): \"\(name)\" is missing or not an integer")
            }
            return Int(number)
        }
        func numbers(_ value: JSONValue?, _ name: String, at index: Int, sample: Int) throws -> [Double] {
            guard case let .array(items)? = value else { throw fail("configuration \(index), sample \(sample): \"\(name)\" is missing or not a list") }
            return try items.enumerated().map { position, item in
                guard case let .number(number) = item else {
                    throw fail("configuration \(index), sample \(sample): \"\(name)\"[\(position)] is not a number")
                }
                return number
            }
        }
        var results = [SampleSizeResult]()
        for (index, entry) in entries.enumerated() {
            guard case .object = entry else { throw fail("configuration \(index) is not an object") }
            let h = try integer(entry["h"], "h", at: index)
            let layers = try integer(entry["L"], "L", at: index)
            // The earlier scripts (get_loss_values.py, get_loss_values_extraction.py) write one training's
            // {"h", "L", "loss_values"} without validation: read as one training with no accuracies.
            if entry["samples"] == nil, entry["loss_values"] != nil {
                guard h >= 1, layers >= 0 else { throw fail("configuration \(index): h = \(h), L = \(layers) out of range") }
                let losses = try numbers(entry["loss_values"], "loss_values", at: index, sample: 0)
                results.append(SampleSizeResult(configuration: SweepConfiguration(hidden: h, hiddenLayers: layers),
                                                trainings: [ProtocolTraining(validationAccuracy: [], losses: losses)]))
                continue
            }
            let batch = try integer(entry["val_batch_size"], "val_batch_size", at: index)
            guard h >= 1, layers >= 0, batch >= 1 else { throw fail("configuration \(index): h = \(h), L = \(layers), val_batch_size = \(batch) out of range") }
            guard case let .array(samples)? = entry["samples"] else { throw fail("configuration \(index): \"samples\" is missing or not a list") }
            var trainings = [ProtocolTraining]()
            for (s, sample) in samples.enumerated() {
                guard case .object = sample else { throw fail("configuration \(index), sample \(s) is not an object") }
                trainings.append(ProtocolTraining(validationAccuracy: try numbers(sample["accuracy"], "accuracy", at: index, sample: s),
                                                  losses: try numbers(sample["loss_values"], "loss_values", at: index, sample: s)))
            }
            results.append(SampleSizeResult(configuration: SweepConfiguration(hidden: h, hiddenLayers: layers),
                                            batchSize: batch, validationBatchSize: batch, trainings: trainings))
        }
        self.init(results: results)
    }

    /// The results as the reference code writes them (json.dump with indent 4, Python's float repr), so
    /// that its plotting scripts read our runs.
    public func referenceResultsText() -> String {
        var out = ""
        func list(_ values: [Double], indent: String) {
            if values.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, v) in values.enumerated() {
                out += indent + "    " + PythonJSON.float(v) + (i + 1 < values.count ? ",\n" : "\n")
            }
            out += indent + "]"
        }
        if results.isEmpty { return "[]" }
        out += "[\n"
        for (r, result) in results.enumerated() {
            out += "    {\n"
            out += "        \"h\": \(result.configuration.hidden),\n"
            out += "        \"L\": \(result.configuration.hiddenLayers),\n"
            out += "        \"val_batch_size\": \(result.validationBatchSize),\n"
            out += "        \"samples\": "
            if result.trainings.isEmpty {
                out += "[]\n"
            } else {
                out += "[\n"
                for (t, training) in result.trainings.enumerated() {
                    out += "            {\n"
                    out += "                \"loss_values\": "
                    list(training.losses, indent: "                ")
                    out += ",\n                \"accuracy\": "
                    list(training.validationAccuracy, indent: "                ")
                    out += "\n            }" + (t + 1 < result.trainings.count ? ",\n" : "\n")
                }
                out += "        ]\n"
            }
            out += "    }" + (r + 1 < results.count ? ",\n" : "\n")
        }
        out += "]"
        return out
    }

    /// Writes `referenceResultsText()` to `path`.
    public func writeReferenceResults(to path: String) throws {
        do { try Data(referenceResultsText().utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw ResultsFileError.unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
