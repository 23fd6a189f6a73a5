let languageName = "Swift"
print(languageName)
languageName = "Swift++"
print(languageName)
