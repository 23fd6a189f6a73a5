struct Version: Comparable {
    var major: Int
    var minor: Int

    static func < (lhs: Version, rhs: Version) -> Bool {
        if lhs.major != rhs.major {
            return lhs.major < rhs.major
        }
        return lhs.minor < rhs.minor
    }
}

let versions = [Version(major: 2, minor: 1), Version(major: 1, minor: 9), Version(major: 2, minor: 0)]
let sorted = versions.sorted()
for v in sorted {
    print("\(v.major).\(v.minor)")
}
print(Version(major: 1, minor: 0) < Version(major: 1, minor: 2))
print(Version(major: 3, minor: 0) > Version(major: 2, minor: 9))
print(Version(major: 1, minor: 1) == Version(major: 1, minor: 1))
let newest = versions.max()!
print("newest: \(newest.major).\(newest.minor)")
