let softWrapped = """
    The White Rabbit put on his spectacles. \
    "Where shall I begin, please your Majesty?"
        he asked.
    """
print(softWrapped)
let lineBreaks = """

This string starts with a line break.
It also ends with a line break.

"""
print(lineBreaks, terminator: "|\n")
