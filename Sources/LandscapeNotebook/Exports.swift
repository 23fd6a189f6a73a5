@_exported import Landscape
@_exported import LandscapePlots
