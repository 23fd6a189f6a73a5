class Counter {
    var value = 0
}

class Holder {
    var counter: Counter?
}

let holder = Holder()
holder.counter?.value = 10
print(holder.counter?.value ?? -1)
if (holder.counter?.value = 5) == nil {
    print("Assignment did not happen")
}
holder.counter = Counter()
if (holder.counter?.value = 5) != nil {
    print("Assignment happened")
}
print(holder.counter?.value ?? -1)
holder.counter?.value += 7
print(holder.counter!.value)
