"""The "papermill.engine" entry point papermill loads when it is imported: papermill's nbclient engine
under the name "swift" (`--engine swift` is the same as the default). It exists so that installing
papermill-swift is enough: loading it imports papermill_swift.translator, which registers the Swift
translator. papermill 2.x has no entry point group for translators themselves."""
# A plain import: if papermill_swift.translator is the module that started importing papermill (and so
# is still half-done here), this returns at once and the translator registers itself when it finishes.
import papermill_swift.translator  # noqa: F401
from papermill.engines import NBClientEngine


class SwiftEngine(NBClientEngine):
    """papermill's NBClientEngine, unchanged."""
