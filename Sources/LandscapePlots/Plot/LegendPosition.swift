/// Where a panel's legend goes.
public enum LegendPosition: Equatable, Sendable {
    /// The inside corner (or edge middle) that covers no data, upper right first; when every inside
    /// position would cover data, outside to the right (if the legend is narrower than about a third
    /// of the panel), else the inside position covering the least.
    case auto
    /// Inside, upper right corner.
    case upperRight
    /// Inside, upper left corner.
    case upperLeft
    /// Inside, lower left corner.
    case lowerLeft
    /// Inside, lower right corner.
    case lowerRight
    /// Outside the plot area, to its right (never covers data).
    case outside
    /// No legend.
    case hidden
}
