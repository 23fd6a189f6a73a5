/// A reader of Python pickles that accepts only what CIFAR's python-version files hold: protocol 2
/// (or 3) pickles of a dict whose keys are strings and whose values are strings, lists of integers or
/// strings, and NumPy arrays. An array is pickled as `numpy.core.multiarray._reconstruct(numpy.ndarray,
/// (0,), b'b')` followed by BUILD with `(1, shape, numpy.dtype('u1', 0, 1) + its BUILD state,
/// is_fortran, raw bytes)`; those three names are the only globals accepted, and REDUCE and BUILD only in
/// exactly those roles. Nothing is ever called: the structure is recognised and the bytes read. Every
/// other opcode (INST, OBJ, NEWOBJ, EXT, PERSID, …), any other global, and any other use of REDUCE or
/// BUILD is refused with the opcode and its byte offset.
struct RestrictedPickle {
    /// A value on the unpickler's stack.
    indirect enum Value {
        case none
        case bool(Bool)
        case int(Int)
        /// A byte string (Python 2 `str`, Python 3 `bytes`), as a range of the file's bytes.
        case bytes(Range<Int>)
        /// A Unicode string.
        case text(String)
        case list([Value])
        case tuple([Value])
        case dict([(key: Value, value: Value)])
        /// One of the three accepted globals.
        case global(Global)
        /// `_reconstruct(ndarray, (0,), b'b')`, waiting for its BUILD.
        case emptyArray
        /// `numpy.dtype(name, 0, 1)` (its BUILD state is accepted and ignored: it only restates the byte order).
        case dtype(String)
        /// A built array: shape, dtype name, and its raw bytes in the file.
        case array(shape: [Int], dtype: String, data: Range<Int>)
        /// The MARK opcode's marker.
        case mark
    }

    /// The globals a CIFAR pickle names.
    enum Global: Equatable { case reconstruct, ndarray, dtype }

    /// The file's bytes (ranges in values point into them).
    let bytes: [UInt8]
    /// The file, for error messages.
    let path: String

    /// Parses the whole pickle and returns its top-level value.
    func parse() throws -> Value {
        var stack = [Value]()
        var memo = [Int: Value]()
        var position = 0
        func refuse(_ reason: String, at offset: Int) -> DatasetError { .refusedPickle(path: path, offset: offset, reason: reason) }
        func need(_ count: Int, at offset: Int) throws {
            guard count >= 0, position + count <= bytes.count else {
                throw DatasetError.truncatedFile(path: path, expectedBytes: position + max(count, 0), actualBytes: bytes.count)
            }
        }
        func readInt(_ width: Int, at offset: Int) throws -> Int {
            try need(width, at: offset)
            var value = 0
            for b in 0..<width { value |= Int(bytes[position + b]) << (8 * b) }
            position += width
            return value
        }
        func pop(at offset: Int) throws -> Value {
            guard let value = stack.popLast() else { throw refuse("the stack is empty", at: offset) }
            if case .mark = value { throw refuse("a MARK where a value was expected", at: offset) }
            return value
        }
        func popToMark(at offset: Int) throws -> [Value] {
            guard let index = stack.lastIndex(where: { if case .mark = $0 { return true } else { return false } }) else {
                throw refuse("no MARK on the stack", at: offset)
            }
            let items = Array(stack[(index + 1)...])
            stack.removeSubrange(index...)
            return items
        }
        func line(at offset: Int) throws -> String {
            let window = bytes[position..<min(bytes.count, position + 257)]
            guard let end = window.firstIndex(of: 0x0a) else {
                throw refuse("a GLOBAL name that does not end within 256 bytes", at: offset)
            }
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            position = end + 1
            return text
        }
        while position < bytes.count {
            let offset = position
            let opcode = bytes[position]
            position += 1
            switch opcode {
            case 0x80: // PROTO
                let version = try readInt(1, at: offset)
                guard version == 2 || version == 3 else { throw refuse("pickle protocol \(version); CIFAR's files are protocol 2", at: offset) }
            case 0x2e: // STOP
                let result = try pop(at: offset)
                guard stack.isEmpty else { throw refuse("values left on the stack at STOP", at: offset) }
                return result
            case 0x28: stack.append(.mark) // MARK
            case 0x7d: stack.append(.dict([])) // EMPTY_DICT
            case 0x5d: stack.append(.list([])) // EMPTY_LIST
            case 0x29: stack.append(.tuple([])) // EMPTY_TUPLE
            case 0x4e: stack.append(.none) // NONE
            case 0x88: stack.append(.bool(true)) // NEWTRUE
            case 0x89: stack.append(.bool(false)) // NEWFALSE
            case 0x4b: stack.append(.int(try readInt(1, at: offset))) // BININT1
            case 0x4d: stack.append(.int(try readInt(2, at: offset))) // BININT2
            case 0x4a: stack.append(.int(Int(Int32(truncatingIfNeeded: try readInt(4, at: offset))))) // BININT
            case 0x55, 0x43: // SHORT_BINSTRING, SHORT_BINBYTES
                let length = try readInt(1, at: offset)
                try need(length, at: offset)
                stack.append(.bytes(position..<(position + length)))
                position += length
            case 0x54, 0x42: // BINSTRING, BINBYTES
                let length = Int(Int32(truncatingIfNeeded: try readInt(4, at: offset)))
                try need(length, at: offset)
                stack.append(.bytes(position..<(position + length)))
                position += length
            case 0x58: // BINUNICODE
                let length = try readInt(4, at: offset)
                try need(length, at: offset)
                guard let text = String(bytes: bytes[position..<(position + length)], encoding: .utf8) else {
                    throw refuse("a BINUNICODE string that is not UTF-8", at: offset)
                }
                stack.append(.text(text))
                position += length
            case 0x71, 0x72: // BINPUT, LONG_BINPUT
                let index = try readInt(opcode == 0x71 ? 1 : 4, at: offset)
                guard let top = stack.last else { throw refuse("BINPUT on an empty stack", at: offset) }
                memo[index] = top
            case 0x68, 0x6a: // BINGET, LONG_BINGET
                let index = try readInt(opcode == 0x68 ? 1 : 4, at: offset)
                guard let value = memo[index] else { throw refuse("BINGET of memo entry \(index), which was never stored", at: offset) }
                switch value {
                case .list, .dict, .emptyArray, .array:
                    throw refuse("a second reference to a container (CIFAR's pickles share none)", at: offset)
                default: stack.append(value)
                }
            case 0x74: stack.append(.tuple(try popToMark(at: offset))) // TUPLE
            case 0x85, 0x86, 0x87: // TUPLE1, TUPLE2, TUPLE3
                var items = [Value]()
                for _ in 0..<Int(opcode - 0x84) { items.insert(try pop(at: offset), at: 0) }
                stack.append(.tuple(items))
            case 0x61: // APPEND
                let item = try pop(at: offset)
                guard case var .list(items) = try pop(at: offset) else { throw refuse("APPEND to something other than a list", at: offset) }
                items.append(item)
                stack.append(.list(items))
            case 0x65: // APPENDS
                let added = try popToMark(at: offset)
                guard case var .list(items) = try pop(at: offset) else { throw refuse("APPENDS to something other than a list", at: offset) }
                items.append(contentsOf: added)
                stack.append(.list(items))
            case 0x73: // SETITEM
                let value = try pop(at: offset), key = try pop(at: offset)
                guard case var .dict(items) = try pop(at: offset) else { throw refuse("SETITEM on something other than a dict", at: offset) }
                items.append((try plainKey(key, at: offset), value))
                stack.append(.dict(items))
            case 0x75: // SETITEMS
                let flat = try popToMark(at: offset)
                guard flat.count % 2 == 0 else { throw refuse("SETITEMS with an odd number of values", at: offset) }
                guard case var .dict(items) = try pop(at: offset) else { throw refuse("SETITEMS on something other than a dict", at: offset) }
                for pair in stride(from: 0, to: flat.count, by: 2) { items.append((try plainKey(flat[pair], at: offset), flat[pair + 1])) }
                stack.append(.dict(items))
            case 0x63: // GLOBAL
                let module = try line(at: offset), name = try line(at: offset)
                switch (module, name) {
                case ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"): stack.append(.global(.reconstruct))
                case ("numpy", "ndarray"): stack.append(.global(.ndarray))
                case ("numpy", "dtype"): stack.append(.global(.dtype))
                default: throw refuse("GLOBAL names \(module).\(name); only numpy's array reconstruction is accepted", at: offset)
                }
            case 0x52: // REDUCE
                let arguments = try pop(at: offset), callable = try pop(at: offset)
                stack.append(try reduce(callable, arguments, at: offset))
            case 0x62: // BUILD
                let state = try pop(at: offset), object = try pop(at: offset)
                stack.append(try build(object, state, at: offset))
            default:
                throw refuse("opcode 0x\(String(opcode, radix: 16)) (\(Self.opcodeName(opcode))) is not part of a CIFAR pickle", at: offset)
            }
        }
        throw DatasetError.truncatedFile(path: path, expectedBytes: bytes.count + 1, actualBytes: bytes.count)
    }

    /// A dict key must be a string.
    private func plainKey(_ key: Value, at offset: Int) throws -> Value {
        switch key {
        case .bytes, .text: return key
        default: throw DatasetError.refusedPickle(path: path, offset: offset, reason: "a dict key that is not a string")
        }
    }

    /// REDUCE, in the two roles a NumPy array's pickle gives it.
    private func reduce(_ callable: Value, _ arguments: Value, at offset: Int) throws -> Value {
        func refuse(_ reason: String) -> DatasetError { .refusedPickle(path: path, offset: offset, reason: reason) }
        guard case let .global(global) = callable, case let .tuple(args) = arguments else {
            throw refuse("REDUCE of something other than numpy's array reconstruction")
        }
        switch global {
        case .reconstruct:
            guard args.count == 3, case .global(.ndarray) = args[0], case let .tuple(shape) = args[1], shape.count == 1,
                  case .int(0) = shape[0], case let .bytes(code) = args[2], Array(bytes[code]) == [0x62] else {
                throw refuse("_reconstruct with arguments other than (numpy.ndarray, (0,), b'b')")
            }
            return .emptyArray
        case .dtype:
            guard args.count == 3, let name = string(args[0]), isFlag(args[1]), isFlag(args[2]) else {
                throw refuse("numpy.dtype with arguments other than (name, 0, 1)")
            }
            return .dtype(name)
        case .ndarray:
            throw refuse("numpy.ndarray called directly")
        }
    }

    /// BUILD, in the two roles a NumPy array's pickle gives it.
    private func build(_ object: Value, _ state: Value, at offset: Int) throws -> Value {
        func refuse(_ reason: String) -> DatasetError { .refusedPickle(path: path, offset: offset, reason: reason) }
        switch object {
        case let .dtype(name):
            guard case let .tuple(items) = state, items.allSatisfy(isPlain) else { throw refuse("a dtype state that is not a tuple of plain values") }
            return .dtype(name)
        case .emptyArray:
            guard case let .tuple(items) = state, items.count == 5, case .int = items[0], case let .tuple(shapeItems) = items[1],
                  case let .dtype(dtype) = items[2], case let .bool(fortran) = items[3], case let .bytes(data) = items[4] else {
                throw refuse("an array state other than (version, shape, dtype, is_fortran, raw bytes)")
            }
            guard !fortran else { throw refuse("a Fortran-ordered array (CIFAR's arrays are in C order)") }
            var shape = [Int]()
            var count = 1
            for item in shapeItems {
                guard case let .int(dimension) = item, dimension >= 0 else { throw refuse("an array shape that is not a tuple of sizes") }
                shape.append(dimension)
                let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
                guard !overflow else { throw refuse("an array shape too large") }
                count = product
            }
            guard let width = Int(dtype.drop { !$0.isNumber }), width > 0 else { throw refuse("dtype '\(dtype)' has no element size") }
            let (byteCount, tooLarge) = count.multipliedReportingOverflow(by: width)
            guard !tooLarge, byteCount == data.count else {
                throw refuse("an array of shape \(shape) and dtype '\(dtype)' with \(data.count) data bytes")
            }
            return .array(shape: shape, dtype: dtype, data: data)
        default:
            throw refuse("BUILD of something other than a numpy array or dtype")
        }
    }

    /// The string a bytes or text value holds (bytes read as Latin-1, as Python 3 reads Python 2 strings).
    func string(_ value: Value) -> String? {
        switch value {
        case let .bytes(range): return String(bytes[range].map { Character(Unicode.Scalar($0)) })
        case let .text(text): return text
        default: return nil
        }
    }

    private func isFlag(_ value: Value) -> Bool {
        switch value {
        case .int(0), .int(1), .bool: return true
        default: return false
        }
    }

    private func isPlain(_ value: Value) -> Bool {
        switch value {
        case .none, .bool, .int, .bytes, .text: return true
        default: return false
        }
    }

    /// A readable name for an opcode that is refused.
    static func opcodeName(_ opcode: UInt8) -> String {
        let names: [UInt8: String] = [
            0x69: "INST", 0x6f: "OBJ", 0x81: "NEWOBJ", 0x92: "NEWOBJ_EX", 0x93: "STACK_GLOBAL", 0x50: "PERSID",
            0x51: "BINPERSID", 0x82: "EXT1", 0x83: "EXT2", 0x84: "EXT4", 0x95: "FRAME", 0x94: "MEMOIZE",
            0x8c: "SHORT_BINUNICODE", 0x8a: "LONG1", 0x8b: "LONG4", 0x49: "INT", 0x4c: "LONG", 0x53: "STRING",
            0x56: "UNICODE", 0x46: "FLOAT", 0x47: "BINFLOAT", 0x70: "PUT", 0x67: "GET", 0x6c: "LIST", 0x64: "DICT",
            0x30: "POP", 0x31: "POP_MARK", 0x32: "DUP", 0x8f: "EMPTY_SET", 0x90: "ADDITEMS", 0x91: "FROZENSET",
            0x96: "BYTEARRAY8", 0x97: "NEXT_BUFFER", 0x98: "READONLY_BUFFER",
        ]
        return names[opcode] ?? "unknown"
    }
}
