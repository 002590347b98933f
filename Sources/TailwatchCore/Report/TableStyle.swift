/// How a terminal table is drawn: colour, and the width it must fit (nil: any width, for
/// `--wide` and for output that is not a terminal).
public struct TableStyle: Sendable, Equatable {
    public var color: Bool
    public var width: Int?

    public init(color: Bool = false, width: Int? = nil) {
        self.color = color
        self.width = width
    }
}
