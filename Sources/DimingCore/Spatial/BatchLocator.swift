import Foundation

/// `locate --batch`: CSV `id,lon,lat` in, CSV `id,code,name` out (empty code and name for a
/// point no division contains), in the input's order. A header line is recognised and skipped.
/// Input is read and answered in blocks, so any number of points runs in constant memory.
public struct BatchLocator {
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
    @discardableResult
    public func run(input: FileHandle, to sink: some ByteSink) throws -> Int {
        var out = JSONOutput(capacity: 1 << 21)
        out.append("id,code,name\n")
        var pending = [UInt8]()
        var line = 0
        var count = 0
        while true {
            let block = try input.read(upToCount: 1 << 22) ?? Data()
            if block.isEmpty { break }
            pending.append(contentsOf: block)
            guard let lastNewline = pending.lastIndex(of: 0x0A) else { continue }
            count += try answer(pending[...lastNewline], line: &line, out: &out)
            pending.removeSubrange(...lastNewline)
            try sink.write(out.bytes)
            out.bytes.removeAll(keepingCapacity: true)
        }
        if !pending.isEmpty { count += try answer(pending[...], line: &line, out: &out) }
        try sink.write(out.bytes)
        return count
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
