"""A papermill translator for Swift: papermill's parameters become `let` declarations in the injected
cell of a notebook whose kernel reports the language "swift" (the landscape kernel).

Installing the package is enough for the `papermill` command and `papermill.execute_notebook`:
papermill loads its "papermill.engine" entry points on import, and ours imports this package, which
registers the translator. `import papermill_swift` registers it too."""
from .translator import (LANGUAGE, SWIFT_KEYWORDS, SwiftParameterError, SwiftTranslator, check_name, register,
                         swift_literal)

__all__ = ["LANGUAGE", "SWIFT_KEYWORDS", "SwiftParameterError", "SwiftTranslator", "check_name", "register",
           "swift_literal", "SwiftEngine"]


def __getattr__(name):
    # The engine is imported lazily: papermill may be loading this package from inside its own import.
    if name == "SwiftEngine":
        from .engine import SwiftEngine
        return SwiftEngine
    raise AttributeError(name)
