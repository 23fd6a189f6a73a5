import JupyterWidgets
import LandscapeNotebook

/// The text form of library values: LandscapeNotebook's `plainText(of:)`, which exported programs
/// print too (a short summary for figures and panels, whose full form is their SVG).
enum NativeDescriptions {
    static func describe(_ native: NativeValue) -> String {
        if let widget = native.object as? JupyterWidgets.Widget { return widget.plainText }
        return plainText(of: native.object)
    }
}
