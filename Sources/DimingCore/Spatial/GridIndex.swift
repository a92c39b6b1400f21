/// A uniform grid over a set of boxes: each cell lists, in the order given, the boxes that
/// overlap it. For point queries over a few thousand polygons it beats a tree: one division
/// and one array slice per point.
struct GridIndex: Sendable {
    private let extent: BoundingBox
    private let columns: Int
    private let rows: Int
    private let cellWidth: Double
    private let cellHeight: Double
    private var cellStarts: [Int32]
    private var members: [Int32]

    /// `boxes[i]` belongs to `ids[i]`; cells are sized for about `perCell` boxes each on average.
    init(boxes: [BoundingBox], ids: [Int32]) {
        var extent = boxes.first ?? BoundingBox(minLon: 0, minLat: 0, maxLon: 0, maxLat: 0)
        for box in boxes { extent.extend(box) }
        self.extent = extent
        let width = max(extent.maxLon - extent.minLon, 1e-9)
        let height = max(extent.maxLat - extent.minLat, 1e-9)
        // About 64 cells per box, at least 1: fine enough that a cell sees few polygons.
        let cells = max(1.0, min(Double(boxes.count) * 64, 4_000_000))
        let cellSize = (width * height / cells).squareRoot()
        columns = max(1, min(4096, Int((width / cellSize).rounded(.up))))
        rows = max(1, min(4096, Int((height / cellSize).rounded(.up))))
        cellWidth = width / Double(columns)
        cellHeight = height / Double(rows)
        let cellCount = columns * rows
        var counts = [Int32](repeating: 0, count: cellCount + 1)
        cellStarts = []
        members = []
        for box in boxes { forEachCell(of: box) { counts[$0 + 1] += 1 } }
        for c in 0..<cellCount { counts[c + 1] += counts[c] }
        var fill = counts
        var list = [Int32](repeating: 0, count: Int(counts[cellCount]))
        for (box, id) in zip(boxes, ids) {
            forEachCell(of: box) { cell in
                list[Int(fill[cell])] = id
                fill[cell] += 1
            }
        }
        cellStarts = counts
        members = list
    }

    private func column(_ lon: Double) -> Int { min(columns - 1, max(0, Int((lon - extent.minLon) / cellWidth))) }
    private func row(_ lat: Double) -> Int { min(rows - 1, max(0, Int((lat - extent.minLat) / cellHeight))) }

    private func forEachCell(of box: BoundingBox, _ body: (Int) -> Void) {
        for r in row(box.minLat)...row(box.maxLat) {
            for c in column(box.minLon)...column(box.maxLon) { body(r * columns + c) }
        }
    }

    /// The first id, in insertion order, of the cell holding the point that `accept` accepts.
    @inline(__always)
    func firstCandidate(lon: Double, lat: Double, _ accept: (Int32) -> Bool) -> Int32? {
        guard lon >= extent.minLon, lon <= extent.maxLon, lat >= extent.minLat, lat <= extent.maxLat else { return nil }
        let cell = row(lat) * columns + column(lon)
        return members.withUnsafeBufferPointer { m in
            for k in Int(cellStarts[cell])..<Int(cellStarts[cell + 1]) where accept(m[k]) { return m[k] }
            return nil
        }
    }

    /// Every id of the cell holding the point, in insertion order.
    func candidates(lon: Double, lat: Double) -> ArraySlice<Int32> {
        guard lon >= extent.minLon, lon <= extent.maxLon, lat >= extent.minLat, lat <= extent.maxLat else { return [] }
        let cell = row(lat) * columns + column(lon)
        return members[Int(cellStarts[cell])..<Int(cellStarts[cell + 1])]
    }
}
