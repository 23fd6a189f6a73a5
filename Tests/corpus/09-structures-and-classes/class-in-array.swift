class Counter {
    var count = 0
}

let shared = Counter()
let counters = [shared, shared, Counter()]
for counter in counters {
    counter.count += 1
}
print(shared.count)
print(counters[2].count)
print(counters[0] === counters[1])
print(counters[0] === counters[2])
