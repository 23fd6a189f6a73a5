class Worker {
    let name: String
    var onDone: (() -> Void)?
    init(name: String) { self.name = name }
    func start() {
        onDone = { [weak self] in
            guard let self else { print("gone"); return }
            print("\(self.name) done")
        }
    }
    deinit { print("\(name) deinit") }
}
var w: Worker? = Worker(name: "w1")
w!.start()
w!.onDone!()
let saved = w!.onDone!
w = nil
saved()
class Owner {
    var pet: Pet?
    deinit { print("owner deinit") }
}
class Pet {
    unowned let owner: Owner
    init(owner: Owner) { self.owner = owner }
    deinit { print("pet deinit") }
}
var o: Owner? = Owner()
o!.pet = Pet(owner: o!)
print(o!.pet!.owner === o!)
o = nil
print("end")
