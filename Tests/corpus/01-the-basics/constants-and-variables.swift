let maximumNumberOfLoginAttempts = 10
var currentLoginAttempt = 0
currentLoginAttempt += 1
print(maximumNumberOfLoginAttempts, currentLoginAttempt)
var x = 0.0, y = 0.0, z = 0.0
x = 1.5
y = x * 2
print(x, y, z)
var friendlyWelcome = "Hello!"
friendlyWelcome = "Bonjour!"
print(friendlyWelcome)
