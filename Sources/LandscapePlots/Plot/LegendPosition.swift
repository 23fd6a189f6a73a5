/// Where a panel's legend goes.
public enum LegendPosition: Equatable, Sendable {
    /// The inside corner (or edge middle) that covers the least data; upper right on a tie.
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
