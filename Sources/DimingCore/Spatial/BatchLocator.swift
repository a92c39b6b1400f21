import Foundation

/// `locate --batch`: CSV `id,lon,lat` in, CSV `id,code,name` out (empty code and name for a
/// point no division contains), in the input's order. A header line is recognised and skipped.
/// Input is read and answered in blocks, so any number of points runs in constant memory.
public struct BatchLocator: Sendable {
    public let locator: Locator
    /// `code,name` of each division, CSV-quoted where needed, ready to copy out.
    private let answers: [[UInt8]]

    public init(locator: Locator) {
        self.locator = locator
        answers = locator.divisions.map { division in
            Array("\(CSVField.quoted(division.code)),\(CSVField.quoted(division.name))".utf8)
        }
    }

    /// Reads all of `input` and writes answers to `sink`; returns the number of points.
    /// Each block is cut at line ends into one part per core, answered in parallel, and
    /// written in order.
    @discardableResult
    public func run(input: FileHandle, to sink: some ByteSink) throws -> Int {
        var header = JSONOutput(capacity: 16)
        header.append("id,code,name\n")
        try sink.write(header.bytes)
        var pending = [UInt8]()
        var line = 0
        var count = 0
        while true {
            let block = try input.read(upToCount: 1 << 22) ?? Data()
            if block.isEmpty { break }
            pending.append(contentsOf: block)
            guard let lastNewline = pending.lastIndex(of: 0x0A) else { continue }
            count += try answerInParallel(pending[...lastNewline], line: &line, to: sink)
            pending.removeSubrange(...lastNewline)
        }
        if !pending.isEmpty { count += try answerInParallel(pending[...], line: &line, to: sink) }
        return count
    }

    /// Answers `chunk` (whole lines) in parts on every core; `line` is the line before it.
    private func answerInParallel(_ chunk: ArraySlice<UInt8>, line: inout Int, to sink: some ByteSink) throws -> Int {
        let parts = Self.split(chunk, into: min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)))
        // Each part's first line number, so that errors and the header rule use real numbers.
        var starts = [Int]()
        var next = line
        for part in parts {
            starts.append(next)
            next += part.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (part.last == 0x0A ? 0 : 1)
        }
        line = next
        let firstLines = starts
        let results = UnsafeMutableBufferPointer<Result<(Int, [UInt8]), Error>>.allocate(capacity: parts.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            shared.initializeElement(at: i, to: Result {
                var partLine = firstLines[i]
                var out = JSONOutput(capacity: parts[i].count * 2)
                let n = try answer(parts[i], line: &partLine, out: &out)
                return (n, out.bytes)
            })
        }
        defer { _ = results.deinitialize() }
        var count = 0
        for result in results {
            let (n, bytes) = try result.get()
            try sink.write(bytes)
            count += n
        }
        return count
    }

    /// `chunk` cut into about `count` parts, each ending at a line end.
    static func split(_ chunk: ArraySlice<UInt8>, into count: Int) -> [ArraySlice<UInt8>] {
        guard count > 1, chunk.count > 1 << 16 else { return [chunk] }
        var parts = [ArraySlice<UInt8>]()
        var start = chunk.startIndex
        for k in 1..<count {
            var cut = chunk.startIndex + chunk.count * k / count
            guard cut > start else { continue }
            while cut < chunk.endIndex, chunk[cut - 1] != 0x0A { cut += 1 }
            parts.append(chunk[start..<cut])
            start = cut
        }
        parts.append(chunk[start...])
        return parts.filter { !$0.isEmpty }
    }

    /// Answers every complete line of `chunk`.
    func answer(_ chunk: ArraySlice<UInt8>, line: inout Int, out: inout JSONOutput) throws -> Int {
        var count = 0
        try chunk.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                line += 1
                var stop = end
                if stop > start, buffer[stop - 1] == 0x0D { stop -= 1 }
                if stop > start {
                    if try answerLine(buffer, start, stop, line: line, out: &out) { count += 1 }
                }
                start = end + 1
            }
        }
        return count
    }

    /// One `id,lon,lat` line; false for a header line.
    private func answerLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int,
                            line: Int, out: inout JSONOutput) throws -> Bool {
        guard let comma = (start..<stop).first(where: { buffer[$0] == UInt8(ascii: ",") }) else {
            throw LocateError.badLine(line: line, reason: "expected id,lon,lat")
        }
        var scanner = JSONScanner(buffer, offset: comma + 1, end: stop)
        let lon: Double, lat: Double
        do {
            lon = try scanner.number().value
            try scanner.expect(UInt8(ascii: ","), ",")
            lat = try scanner.number().value
            guard scanner.peek() == 0 else { throw scanner.error("unexpected text after lat") }
        } catch {
            if line == 1 { return false }   // the header
            throw LocateError.badLine(line: line, reason: "expected id,lon,lat with numbers for lon and lat")
        }
        do {
            _ = try Position(checkedLon: lon, lat: lat)
        } catch {
            throw LocateError.badLine(line: line, reason: error.detail)
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<comma]))
        out.append(UInt8(ascii: ","))
        if let index = locator.smallestDivisionIndex(lon: lon, lat: lat) {
            out.bytes.append(contentsOf: answers[index])
        } else {
            out.append(UInt8(ascii: ","))
        }
        out.append(UInt8(ascii: "\n"))
        return true
    }
}
