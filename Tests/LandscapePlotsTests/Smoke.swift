import Testing
@testable import LandscapePlots
