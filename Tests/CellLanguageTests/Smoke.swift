import Testing
@testable import CellLanguage
