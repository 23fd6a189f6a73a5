extension SampleSizeStudy {
    /// The later protocol (see Landscape's `run(train:validation:settings:progress:shouldStop:)`),
    /// showing a progress bar, and printing the study's first line when done.
    public static func run(train: Dataset, validation: Dataset,
                           settings: SampleSizeProtocol = SampleSizeProtocol()) throws -> SampleSizeStudy {
        let bar = TerminalProgress("protocol")
        let study = try run(train: train, validation: validation, settings: settings,
                            progress: { bar.update(fraction: $0.fractionCompleted, detail: $0.description) },
                            shouldStop: nil)
        bar.finish(summaryLine(of: study))
        return study
    }

    /// The first line of the study's description: what its progress bar ends as.
    public static func summaryLine(of study: SampleSizeStudy) -> String {
        study.description.components(separatedBy: "\n").first ?? "protocol done"
    }
}
