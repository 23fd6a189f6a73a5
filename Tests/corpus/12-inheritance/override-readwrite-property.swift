class Thermostat {
    var target = 20.0
}

class SafeThermostat: Thermostat {
    override var target: Double {
        get { super.target }
        set { super.target = min(newValue, 25.0) }
    }
}

let t = SafeThermostat()
t.target = 22.5
print(t.target)
t.target = 30
print(t.target)
