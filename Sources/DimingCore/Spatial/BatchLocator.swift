import Foundation

/// `locate --batch`: CSV `id,lon,lat` in, CSV `id,code,name,on_border,neighbour` out, in the
/// input's order: the smallest division the point belongs to (empty code and name for a point
/// no division contains), `true` or `false`, and the codes of the divisions across the border,
/// deepest level first, joined by `;` (see ``Locator`` for the rules). A header line is
/// recognised and skipped.
/// Input is read and answered in blocks, so any number of points runs in constant memory.
///
/// A bad row (not `id,lon,lat`, a number out of range) is left out of the output and reported
/// as a ``LocateError/badLine(line:reason:)``; every good row is still answered. With
/// `strict`, the first bad row stops the run: the rows before it are written, nothing after it.
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

    /// Reads all of `input` and writes answers to `sink`; `refused` hears of each bad row, in
    /// input order, after the answers before it are written. With `strict`, the first bad row
    /// is thrown instead. Each block is cut at line ends into one part per core, answered in
    /// parallel, and written in order.
    @discardableResult
    public func run(input: FileHandle, to sink: some ByteSink, strict: Bool = false,
                    refused: (LocateError) -> Void = { _ in }) throws -> BatchSummary {
        var header = JSONOutput(capacity: 16)
        header.append("id,code,name,on_border,neighbour\n")
        try sink.write(header.bytes)
        var pending = [UInt8]()
        var line = 0
        var summary = BatchSummary()
        while true {
            let block = try input.read(upToCount: 1 << 22) ?? Data()
            if block.isEmpty { break }
            pending.append(contentsOf: block)
            guard let lastNewline = pending.lastIndex(of: 0x0A) else { continue }
            try answerInParallel(pending[...lastNewline], line: &line, strict: strict, summary: &summary, to: sink, refused: refused)
            pending.removeSubrange(...lastNewline)
        }
        if !pending.isEmpty { try answerInParallel(pending[...], line: &line, strict: strict, summary: &summary, to: sink, refused: refused) }
        return summary
    }

    /// Answers `chunk` (whole lines) in parts on every core; `line` is the line before it.
    private func answerInParallel(_ chunk: ArraySlice<UInt8>, line: inout Int, strict: Bool, summary: inout BatchSummary,
                                  to sink: some ByteSink, refused: (LocateError) -> Void) throws {
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
        let results = UnsafeMutableBufferPointer<BatchPart>.allocate(capacity: parts.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            var partLine = firstLines[i]
            var out = JSONOutput(capacity: parts[i].count * 2)
            let tally = answer(parts[i], line: &partLine, out: &out, strict: strict)
            shared.initializeElement(at: i, to: BatchPart(tally: tally, bytes: out.bytes))
        }
        defer { _ = results.deinitialize() }
        for part in results {
            try sink.write(part.bytes)
            summary.located += part.tally.located
            if strict, let first = part.tally.refused.first { throw first }
            summary.refused += part.tally.refused.count
            part.tally.refused.forEach(refused)
        }
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

    /// Answers every complete line of `chunk`, leaving bad rows out; with `strict`, stops at
    /// the first bad row.
    func answer(_ chunk: ArraySlice<UInt8>, line: inout Int, out: inout JSONOutput, strict: Bool = false) -> BatchTally {
        var tally = BatchTally()
        chunk.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                line += 1
                var stop = end
                if stop > start, buffer[stop - 1] == 0x0D { stop -= 1 }
                if stop > start {
                    do throws(LocateError) {
                        if try answerLine(buffer, start, stop, line: line, out: &out) { tally.located += 1 }
                    } catch {
                        tally.refused.append(error)
                        if strict { return }
                    }
                }
                start = end + 1
            }
        }
        return tally
    }

    /// One `id,lon,lat` line; false for a header line.
    private func answerLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int,
                            line: Int, out: inout JSONOutput) throws(LocateError) -> Bool {
        guard let comma = (start..<stop).first(where: { buffer[$0] == UInt8(ascii: ",") }) else {
            throw .badLine(line: line, reason: Reason(QueryMessages.rowNoComma))
        }
        var scanner = JSONScanner(buffer, offset: comma + 1, end: stop)
        let lon: Double, lat: Double
        do {
            lon = try scanner.number().value
            try scanner.expect(UInt8(ascii: ","), .verbatim(","))
            lat = try scanner.number().value
            guard scanner.peek() == 0 else { throw scanner.error(QueryMessages.rowAfterLat) }
            _ = try Position(checkedLon: lon, lat: lat)
        } catch {
            if line == 1, error is JSONSyntaxError { return false }   // the header
            let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[(comma + 1)..<stop]), as: UTF8.self)
            throw .badLine(line: line, reason: Self.reason(lonLat: text))
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<comma]))
        out.append(UInt8(ascii: ","))
        switch locator.quickPlace(lon: lon, lat: lat) {
        case let .inside(index):
            out.bytes.append(contentsOf: answers[index])
            out.append(",false,\n")
        case .outside:
            out.append(",,false,\n")
        case .nearBorder:
            appendBorder(locator.place(lon: lon, lat: lat), to: &out)
        }
        return true
    }
}

extension BatchLocator {
    /// `code,name,on_border,neighbour` and the line end for a point near an outline.
    private func appendBorder(_ place: Locator.Place, to out: inout JSONOutput) {
        if let index = place.chain.first { out.bytes.append(contentsOf: answers[index]) } else { out.append(UInt8(ascii: ",")) }
        if place.onBorder { out.append(",true,") } else { out.append(",false,") }
        for (k, index) in place.neighbours.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ";")) }
            out.appendRaw(locator.divisions[index].code)
        }
        out.append(UInt8(ascii: "\n"))
    }
}

/// What one part of a block came to: the good rows and the refused ones.
struct BatchTally {
    var located = 0
    var refused: [LocateError] = []
}

/// A part's tally and its answers, handed from the worker to the writer.
private struct BatchPart {
    var tally: BatchTally
    var bytes: [UInt8]
}
