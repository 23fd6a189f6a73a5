enum TrafficLight {
    case red, green, yellow

    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }

    var duration: Int {
        switch self {
        case .red: return 30
        case .green: return 25
        case .yellow: return 5
        }
    }
}

var light = TrafficLight.red
var elapsed = 0
var log: [TrafficLight] = []
for _ in 0..<5 {
    log.append(light)
    elapsed += light.duration
    light.next()
}
print(log)
print("elapsed: \(elapsed)s, now \(light)")
